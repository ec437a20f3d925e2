DROP INDEX `tickets_waiting`;--> statement-breakpoint
CREATE INDEX `tickets_queue_day` ON `tickets` (`queue_id`,`service_day`,`status`,`finished_at`);--> statement-breakpoint
CREATE INDEX `tickets_waiting` ON `tickets` (`hall_id`,`service_day`,`status`,`queue_id`);