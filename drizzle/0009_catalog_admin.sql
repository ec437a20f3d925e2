CREATE TABLE `matter_forms` (
	`id` text PRIMARY KEY NOT NULL,
	`matter_id` text NOT NULL,
	`material_seq` integer,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`title_en` text DEFAULT '' NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`data` blob NOT NULL,
	`uploaded_at` integer NOT NULL,
	`uploaded_by` integer,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `matter_forms_matter` ON `matter_forms` (`matter_id`);--> statement-breakpoint
ALTER TABLE `halls` ADD `assessment_weights` text;--> statement-breakpoint
ALTER TABLE `materials` ADD `check_standard` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `materials` ADD `check_standard_en` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `materials` ADD `shared` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `matters` ADD `code` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `matters` ADD `legal_basis` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `matters` ADD `statutory_days` integer;--> statement-breakpoint
ALTER TABLE `matters` ADD `fee` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `matters` ADD `fee_en` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `matters` ADD `online` text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE `matters` ADD `handled_by` text DEFAULT 'city' NOT NULL;--> statement-breakpoint
ALTER TABLE `queues` ADD `opens_at` text;--> statement-breakpoint
ALTER TABLE `queues` ADD `closes_at` text;--> statement-breakpoint
ALTER TABLE `queues` ADD `stop_issuing_min` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `queues` ADD `alert_wait_min` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `disabled` integer DEFAULT false NOT NULL;