ALTER TABLE `halls` ADD `kiosk_idle_sec` integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE `halls` ADD `kiosk_ticket_return_sec` integer DEFAULT 20 NOT NULL;