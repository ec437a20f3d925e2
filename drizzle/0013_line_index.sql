CREATE TABLE `waiting_counts` (
	`hall_id` text NOT NULL,
	`service_day` text NOT NULL,
	`queue_id` text NOT NULL,
	`waiting` integer NOT NULL,
	PRIMARY KEY(`hall_id`, `service_day`, `queue_id`)
);
--> statement-breakpoint
DROP INDEX `tickets_waiting`;--> statement-breakpoint
CREATE INDEX `tickets_line` ON `tickets` (`hall_id`,`service_day`,`status`,`queue_id`,`order_at`,`seq`,`id`,`priority`,`source`,`matter_id`);--> statement-breakpoint
CREATE INDEX `tickets_special` ON `tickets` (`hall_id`,`service_day`,`queue_id`,`order_at`,`seq`) WHERE status = 'waiting' AND (priority IS NOT NULL OR source = 'appointment');--> statement-breakpoint
CREATE INDEX `tickets_to_notify` ON `tickets` (`hall_id`,`service_day`,`queue_id`) WHERE status = 'waiting' AND notify_phone IS NOT NULL AND near_notified_at IS NULL;--> statement-breakpoint
-- waiting_counts follows every write to tickets inside the same transaction (hand-written below:
-- drizzle-kit does not generate triggers). A row is never deleted; a count can fall to 0.
INSERT INTO `waiting_counts` (`hall_id`, `service_day`, `queue_id`, `waiting`)
  SELECT `hall_id`, `service_day`, `queue_id`, count(*) FROM `tickets` WHERE `status` = 'waiting'
  GROUP BY `hall_id`, `service_day`, `queue_id`;
--> statement-breakpoint
CREATE TRIGGER `waiting_counts_insert` AFTER INSERT ON `tickets` WHEN NEW.`status` = 'waiting'
BEGIN
  INSERT INTO `waiting_counts` (`hall_id`, `service_day`, `queue_id`, `waiting`) VALUES (NEW.`hall_id`, NEW.`service_day`, NEW.`queue_id`, 1)
    ON CONFLICT DO UPDATE SET `waiting` = `waiting` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `waiting_counts_delete` AFTER DELETE ON `tickets` WHEN OLD.`status` = 'waiting'
BEGIN
  UPDATE `waiting_counts` SET `waiting` = `waiting` - 1
    WHERE `hall_id` = OLD.`hall_id` AND `service_day` = OLD.`service_day` AND `queue_id` = OLD.`queue_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `waiting_counts_leave` AFTER UPDATE OF `status`, `queue_id`, `hall_id`, `service_day` ON `tickets`
  WHEN OLD.`status` = 'waiting' AND NOT (NEW.`status` = 'waiting' AND NEW.`queue_id` = OLD.`queue_id` AND NEW.`hall_id` = OLD.`hall_id` AND NEW.`service_day` = OLD.`service_day`)
BEGIN
  UPDATE `waiting_counts` SET `waiting` = `waiting` - 1
    WHERE `hall_id` = OLD.`hall_id` AND `service_day` = OLD.`service_day` AND `queue_id` = OLD.`queue_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `waiting_counts_join` AFTER UPDATE OF `status`, `queue_id`, `hall_id`, `service_day` ON `tickets`
  WHEN NEW.`status` = 'waiting' AND NOT (OLD.`status` = 'waiting' AND NEW.`queue_id` = OLD.`queue_id` AND NEW.`hall_id` = OLD.`hall_id` AND NEW.`service_day` = OLD.`service_day`)
BEGIN
  INSERT INTO `waiting_counts` (`hall_id`, `service_day`, `queue_id`, `waiting`) VALUES (NEW.`hall_id`, NEW.`service_day`, NEW.`queue_id`, 1)
    ON CONFLICT DO UPDATE SET `waiting` = `waiting` + 1;
END;
