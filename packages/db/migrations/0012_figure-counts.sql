CREATE TABLE `figure_counts` (
	`figure` text NOT NULL,
	`key` text NOT NULL,
	`params` text NOT NULL,
	`requested_at` integer,
	`started_at` integer,
	`counted_at` integer,
	`value` text,
	`problem` text,
	PRIMARY KEY(`figure`, `key`)
);
--> statement-breakpoint
CREATE INDEX `figure_counts_requested_at` ON `figure_counts` (`requested_at`);