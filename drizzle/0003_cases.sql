CREATE TABLE `calendar_days` (
	`hall_id` text NOT NULL,
	`day` text NOT NULL,
	`kind` text NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`hall_id`, `day`)
);
--> statement-breakpoint
CREATE TABLE `case_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` text NOT NULL,
	`at` integer NOT NULL,
	`type` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`actor_id` integer,
	`actor_name` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `case_events_case` ON `case_events` (`case_id`,`id`);--> statement-breakpoint
CREATE TABLE `case_steps` (
	`case_id` text NOT NULL,
	`department_id` text NOT NULL,
	`decision` text DEFAULT 'pending' NOT NULL,
	`opinion` text DEFAULT '' NOT NULL,
	`actor_id` integer,
	`actor_name` text,
	`at` integer,
	PRIMARY KEY(`case_id`, `department_id`)
);
--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`hall_id` text NOT NULL,
	`number` text NOT NULL,
	`token` text NOT NULL,
	`ticket_id` text NOT NULL,
	`matter_id` text NOT NULL,
	`status` text NOT NULL,
	`applicant_name` text NOT NULL,
	`applicant_phone` text NOT NULL,
	`id_type` text,
	`id_number` text,
	`delivery_method` text NOT NULL,
	`delivery_address` text,
	`materials` text NOT NULL,
	`clerk_id` integer NOT NULL,
	`window_id` integer NOT NULL,
	`accepted_at` integer NOT NULL,
	`accepted_day` text NOT NULL,
	`promised_days` integer NOT NULL,
	`due_day` text NOT NULL,
	`remaining_days` integer,
	`result_ready_at` integer,
	`closed_at` integer,
	`carrier` text,
	`tracking_number` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_number_unique` ON `cases` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `cases_token_unique` ON `cases` (`token`);--> statement-breakpoint
CREATE INDEX `cases_ticket` ON `cases` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `cases_status` ON `cases` (`hall_id`,`status`,`due_day`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`hall_id` text NOT NULL,
	`number` text NOT NULL,
	`kind` text NOT NULL,
	`ticket_id` text NOT NULL,
	`case_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`replaces_id` text,
	`issued_at` integer NOT NULL,
	`content` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_number_unique` ON `documents` (`number`);--> statement-breakpoint
CREATE INDEX `documents_ticket` ON `documents` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `documents_case` ON `documents` (`case_id`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` text NOT NULL,
	`hall_id` text NOT NULL,
	`channel` text NOT NULL,
	`endpoint_id` integer,
	`type` text NOT NULL,
	`payload` text NOT NULL,
	`created_at` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`delivered_at` integer,
	`failed_at` integer,
	`last_error` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_event_target` ON `outbox` (`event_id`,`channel`,`endpoint_id`);--> statement-breakpoint
CREATE INDEX `outbox_due` ON `outbox` (`delivered_at`,`failed_at`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `sequences` (
	`name` text NOT NULL,
	`day` text NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`name`, `day`)
);
--> statement-breakpoint
CREATE TABLE `webhook_endpoints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hall_id` text NOT NULL,
	`url` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`secret` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `halls` ADD `code` text DEFAULT 'HALL' NOT NULL;--> statement-breakpoint
ALTER TABLE `matters` ADD `joint_department_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `tickets` ADD `case_id` text;--> statement-breakpoint
ALTER TABLE `users` ADD `department_ids` text;