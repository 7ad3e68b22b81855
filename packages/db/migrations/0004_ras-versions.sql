CREATE TABLE `ras_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`config_id` text NOT NULL,
	`version` text NOT NULL,
	`effective_from` text NOT NULL,
	`config` text NOT NULL,
	`calibration` text,
	`published_by_user_id` text NOT NULL,
	`published_at` integer NOT NULL,
	FOREIGN KEY (`published_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "ras_versions_config_id_not_blank" CHECK(length(trim("ras_versions"."config_id")) > 0),
	CONSTRAINT "ras_versions_version_not_blank" CHECK(length(trim("ras_versions"."version")) > 0),
	CONSTRAINT "ras_versions_effective_from_date" CHECK(date("ras_versions"."effective_from") is "ras_versions"."effective_from"),
	CONSTRAINT "ras_versions_config_json" CHECK(json_valid("ras_versions"."config")),
	CONSTRAINT "ras_versions_calibration_json" CHECK("ras_versions"."calibration" is null or json_valid("ras_versions"."calibration"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ras_versions_config_id_version` ON `ras_versions` (`config_id`,`version`);--> statement-breakpoint
CREATE INDEX `ras_versions_effective_from_published_at` ON `ras_versions` (`effective_from`,`published_at`);--> statement-breakpoint
-- A published RAS version is what budgets were worked out with. Like the audit log it is append-only, and the
-- database itself enforces it: a change is a new version, so a stored budget's version always means what it meant.
CREATE TRIGGER `ras_versions_no_update`
BEFORE UPDATE ON `ras_versions`
BEGIN
	SELECT RAISE(ABORT, 'a published RAS version cannot be changed: publish a new version');
END;
--> statement-breakpoint
CREATE TRIGGER `ras_versions_no_delete`
BEFORE DELETE ON `ras_versions`
BEGIN
	SELECT RAISE(ABORT, 'a published RAS version cannot be removed');
END;
