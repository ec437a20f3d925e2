CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hall_id` text NOT NULL,
	`at` integer NOT NULL,
	`actor_id` integer,
	`actor_name` text NOT NULL,
	`action` text NOT NULL,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`hall_id`,`at`);--> statement-breakpoint
ALTER TABLE `devices` ADD `secret_hash` text;--> statement-breakpoint
ALTER TABLE `devices` ADD `paired_at` integer;--> statement-breakpoint
ALTER TABLE `devices` ADD `pairing_code_hash` text;--> statement-breakpoint
ALTER TABLE `devices` ADD `pairing_expires_at` integer;--> statement-breakpoint
ALTER TABLE `halls` ADD `anonymous_tickets` text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `allowed_window_ids` text;--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `failed_logins` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `locked_until` integer;