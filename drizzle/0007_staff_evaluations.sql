CREATE TABLE `staff_evaluations` (
	`clerk_id` integer NOT NULL,
	`month` text NOT NULL,
	`score` integer NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`entered_by` integer NOT NULL,
	`at` integer NOT NULL,
	PRIMARY KEY(`clerk_id`, `month`)
);
