CREATE TABLE `roster_days` (
	`hall_id` text NOT NULL,
	`window_id` integer NOT NULL,
	`day` text NOT NULL,
	`spans` text NOT NULL,
	PRIMARY KEY(`hall_id`, `window_id`, `day`)
);
--> statement-breakpoint
CREATE INDEX `roster_days_day` ON `roster_days` (`hall_id`,`day`);--> statement-breakpoint
CREATE TABLE `roster_week` (
	`hall_id` text NOT NULL,
	`window_id` integer NOT NULL,
	`weekday` integer NOT NULL,
	`spans` text NOT NULL,
	PRIMARY KEY(`hall_id`, `window_id`, `weekday`)
);
