CREATE TABLE `api_clients` (
	`id` text PRIMARY KEY NOT NULL,
	`hall_id` text NOT NULL,
	`name` text NOT NULL,
	`key_hash` text NOT NULL,
	`key_prefix` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`revoked_at` integer,
	`last_used_at` integer,
	FOREIGN KEY (`hall_id`) REFERENCES `halls`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_clients_key` ON `api_clients` (`key_hash`);--> statement-breakpoint
CREATE TABLE `bookings` (
	`id` text PRIMARY KEY NOT NULL,
	`hall_id` text NOT NULL,
	`code` text NOT NULL,
	`manage_token` text NOT NULL,
	`queue_id` text NOT NULL,
	`matter_id` text NOT NULL,
	`service_day` text NOT NULL,
	`slot_start` text NOT NULL,
	`phone` text NOT NULL,
	`name` text NOT NULL,
	`status` text NOT NULL,
	`channel` text NOT NULL,
	`client_id` text,
	`created_at` integer NOT NULL,
	`cancelled_at` integer,
	`checked_in_at` integer,
	`ticket_id` text,
	FOREIGN KEY (`hall_id`) REFERENCES `halls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`queue_id`) REFERENCES `queues`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bookings_code` ON `bookings` (`hall_id`,`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `bookings_manage_token` ON `bookings` (`manage_token`);--> statement-breakpoint
CREATE INDEX `bookings_slot` ON `bookings` (`hall_id`,`queue_id`,`service_day`,`slot_start`);--> statement-breakpoint
CREATE INDEX `bookings_phone` ON `bookings` (`hall_id`,`phone`,`service_day`);--> statement-breakpoint
CREATE TABLE `phone_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hall_id` text NOT NULL,
	`phone` text NOT NULL,
	`purpose` text NOT NULL,
	`code_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`used_at` integer
);
--> statement-breakpoint
CREATE INDEX `phone_codes_phone` ON `phone_codes` (`hall_id`,`phone`,`created_at`);--> statement-breakpoint
ALTER TABLE `halls` ADD `appointment_rules` text;--> statement-breakpoint
ALTER TABLE `tickets` ADD `booking_id` text;--> statement-breakpoint
ALTER TABLE `tickets` ADD `notify_phone` text;--> statement-breakpoint
ALTER TABLE `tickets` ADD `near_notified_at` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `called_notified_at` integer;