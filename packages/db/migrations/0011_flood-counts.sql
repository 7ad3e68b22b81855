-- Flood counters in the database (issue 13, decision 023), so every portal process sharing it shares the count. No
-- address is stored: a hash keyed with a random key of that hour only, deleted with the hour's counts once a later
-- hour is counted. (drizzle-kit also proposed the two tables of 0009 here, because 0010's snapshot was made beside
-- 0009 rather than after it; they exist already, so they are left out, and 0010's snapshot now points at 0009's.)
CREATE TABLE `flood_counts` (
	`limit_name` text NOT NULL,
	`hour` integer NOT NULL,
	`address_hash` text NOT NULL,
	`count` integer NOT NULL,
	`flood_group` text NOT NULL,
	PRIMARY KEY(`limit_name`, `hour`, `address_hash`)
);
--> statement-breakpoint
CREATE TABLE `flood_hour_keys` (
	`hour` integer PRIMARY KEY NOT NULL,
	`key` text NOT NULL
);
