CREATE TABLE `counters` (
	`queue_id` text NOT NULL,
	`service_day` text NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`queue_id`, `service_day`)
);
--> statement-breakpoint
CREATE TABLE `departments` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_en` text NOT NULL,
	`low_volume` integer DEFAULT false NOT NULL,
	`group` text
);
--> statement-breakpoint
CREATE TABLE `devices` (
	`id` text PRIMARY KEY NOT NULL,
	`hall_id` text NOT NULL,
	`name` text NOT NULL,
	`printer_url` text,
	`printer_status` text DEFAULT 'unknown' NOT NULL,
	`printer_detail` text DEFAULT '' NOT NULL,
	`printer_checked_at` integer
);
--> statement-breakpoint
CREATE TABLE `halls` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_en` text NOT NULL,
	`time_zone` text DEFAULT 'Asia/Shanghai' NOT NULL,
	`notice` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`recall_limit` integer DEFAULT 3 NOT NULL,
	`recall_min_interval_sec` integer DEFAULT 20 NOT NULL,
	`no_show_mode` text DEFAULT 'slip' NOT NULL,
	`no_show_slip_places` integer DEFAULT 3 NOT NULL,
	`reactivate_within_min` integer DEFAULT 30 NOT NULL,
	`max_wait_min` integer DEFAULT 45 NOT NULL,
	`opens_at` text DEFAULT '00:00' NOT NULL,
	`closes_at` text DEFAULT '24:00' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `materials` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matter_id` text NOT NULL,
	`seq` integer NOT NULL,
	`name` text NOT NULL,
	`name_en` text NOT NULL,
	`copies` integer DEFAULT 1 NOT NULL,
	`form` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`notes_en` text DEFAULT '' NOT NULL,
	`required` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `materials_matter` ON `materials` (`matter_id`,`seq`);--> statement-breakpoint
CREATE TABLE `matters` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_en` text NOT NULL,
	`department_id` text NOT NULL,
	`queue_id` text NOT NULL,
	`promised_days` integer NOT NULL,
	`on_the_spot` integer DEFAULT false NOT NULL,
	`keywords` text DEFAULT '[]' NOT NULL,
	`faq` text DEFAULT '[]' NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`queue_id`) REFERENCES `queues`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `matters_queue` ON `matters` (`queue_id`);--> statement-breakpoint
CREATE TABLE `queues` (
	`id` text PRIMARY KEY NOT NULL,
	`hall_id` text NOT NULL,
	`name` text NOT NULL,
	`name_en` text NOT NULL,
	`prefix` text NOT NULL,
	`kind` text NOT NULL,
	`default_service_minutes` real DEFAULT 10 NOT NULL,
	`open` integer DEFAULT true NOT NULL,
	`daily_cap` integer DEFAULT 0 NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`hall_id`) REFERENCES `halls`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `queues_hall_prefix` ON `queues` (`hall_id`,`prefix`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ticket_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` text NOT NULL,
	`at` integer NOT NULL,
	`type` text NOT NULL,
	`window_id` integer,
	`clerk_id` integer,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `ticket_events_ticket` ON `ticket_events` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `ticket_events_type_at` ON `ticket_events` (`type`,`at`);--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` text PRIMARY KEY NOT NULL,
	`hall_id` text NOT NULL,
	`service_day` text NOT NULL,
	`queue_id` text NOT NULL,
	`issued_queue_id` text NOT NULL,
	`matter_id` text,
	`seq` integer NOT NULL,
	`number` text NOT NULL,
	`status` text NOT NULL,
	`priority` text,
	`source` text NOT NULL,
	`appointment_code` text,
	`device_id` text,
	`idempotency_key` text,
	`order_at` real NOT NULL,
	`issued_at` integer NOT NULL,
	`called_at` integer,
	`last_called_at` integer,
	`call_count` integer DEFAULT 0 NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	`no_show_at` integer,
	`cancelled_at` integer,
	`window_id` integer,
	`clerk_id` integer,
	`outcome` text,
	`outcome_detail` text,
	`estimated_wait_minutes` integer DEFAULT 0 NOT NULL,
	`people_ahead_at_issue` integer DEFAULT 0 NOT NULL,
	`printed` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_number_per_day` ON `tickets` (`issued_queue_id`,`service_day`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_idempotency` ON `tickets` (`idempotency_key`,`service_day`);--> statement-breakpoint
CREATE INDEX `tickets_waiting` ON `tickets` (`hall_id`,`status`,`queue_id`);--> statement-breakpoint
CREATE INDEX `tickets_window` ON `tickets` (`window_id`,`status`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`name` text NOT NULL,
	`staff_no` text DEFAULT '' NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`default_window_id` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE TABLE `windows` (
	`id` integer PRIMARY KEY NOT NULL,
	`hall_id` text NOT NULL,
	`number` integer NOT NULL,
	`name` text NOT NULL,
	`name_en` text NOT NULL,
	`queue_ids` text NOT NULL,
	`overflow_queue_ids` text DEFAULT '[]' NOT NULL,
	`state` text DEFAULT 'closed' NOT NULL,
	`clerk_id` integer,
	`session_id` text,
	`opened_at` integer,
	FOREIGN KEY (`hall_id`) REFERENCES `halls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `windows_hall_number` ON `windows` (`hall_id`,`number`);