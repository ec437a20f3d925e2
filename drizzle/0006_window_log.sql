CREATE TABLE `window_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hall_id` text NOT NULL,
	`window_id` integer NOT NULL,
	`clerk_id` integer,
	`at` integer NOT NULL,
	`type` text NOT NULL,
	`reason` text
);
--> statement-breakpoint
CREATE INDEX `window_log_clerk` ON `window_log` (`clerk_id`,`at`);--> statement-breakpoint
CREATE INDEX `window_log_window` ON `window_log` (`window_id`,`at`);--> statement-breakpoint
ALTER TABLE `windows` ADD `paused_at` integer;--> statement-breakpoint
ALTER TABLE `windows` ADD `pause_reason` text;