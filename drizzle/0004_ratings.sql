CREATE TABLE `complaints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hall_id` text NOT NULL,
	`category` text NOT NULL,
	`text` text NOT NULL,
	`contact_name` text,
	`contact_phone` text,
	`ticket_id` text,
	`case_id` text,
	`channel` text NOT NULL,
	`entered_by` integer,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `rating_invites` (
	`token` text PRIMARY KEY NOT NULL,
	`ticket_id` text NOT NULL,
	`window_id` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rating_invites_window` ON `rating_invites` (`window_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `ratings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hall_id` text NOT NULL,
	`ticket_id` text,
	`case_id` text,
	`level` integer NOT NULL,
	`reasons` text DEFAULT '[]' NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`phone` text,
	`channel` text NOT NULL,
	`window_id` integer,
	`clerk_id` integer,
	`department_id` text,
	`matter_id` text,
	`service_day` text NOT NULL,
	`at` integer NOT NULL,
	`annulled_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ratings_ticket_id_unique` ON `ratings` (`ticket_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `ratings_case_id_unique` ON `ratings` (`case_id`);--> statement-breakpoint
CREATE INDEX `ratings_day` ON `ratings` (`hall_id`,`service_day`);--> statement-breakpoint
CREATE INDEX `ratings_clerk` ON `ratings` (`clerk_id`,`service_day`);--> statement-breakpoint
CREATE TABLE `rectification_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`at` integer NOT NULL,
	`action` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_id` integer,
	`actor_name` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `rectification_steps_item` ON `rectification_steps` (`item_id`,`id`);--> statement-breakpoint
CREATE TABLE `rectifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hall_id` text NOT NULL,
	`kind` text NOT NULL,
	`rating_id` integer,
	`complaint_id` integer,
	`ticket_id` text,
	`case_id` text,
	`window_id` integer,
	`clerk_id` integer,
	`department_id` text,
	`status` text NOT NULL,
	`appealed_from` text,
	`finding` text,
	`opened_at` integer NOT NULL,
	`opened_day` text NOT NULL,
	`due_day` text NOT NULL,
	`closed_at` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rectifications_status` ON `rectifications` (`hall_id`,`status`,`due_day`);--> statement-breakpoint
ALTER TABLE `devices` ADD `window_number` integer;--> statement-breakpoint
ALTER TABLE `halls` ADD `rating_days` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `halls` ADD `rating_pads` text DEFAULT 'paired' NOT NULL;