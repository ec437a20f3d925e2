DROP INDEX `tickets_queue_day`;--> statement-breakpoint
CREATE INDEX `tickets_queue_day` ON `tickets` (`queue_id`,`service_day`,`status`,`finished_at`,`started_at`);