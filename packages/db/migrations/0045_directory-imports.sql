CREATE TABLE `directory_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`imported_by_user_id` text NOT NULL,
	`imported_at` integer NOT NULL,
	`source` text NOT NULL,
	`source_key` text NOT NULL,
	`sha256` text NOT NULL,
	`assured` integer NOT NULL,
	`added` integer NOT NULL,
	`changed` integer NOT NULL,
	`unchanged` integer NOT NULL,
	`refused` integer NOT NULL,
	`report` text NOT NULL,
	FOREIGN KEY (`imported_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "directory_imports_report_json" CHECK(json_valid("directory_imports"."report"))
);
--> statement-breakpoint
CREATE INDEX `directory_imports_imported_at` ON `directory_imports` (`imported_at`);--> statement-breakpoint
CREATE INDEX `directory_imports_sha256` ON `directory_imports` (`sha256`);--> statement-breakpoint
ALTER TABLE `directory_listing_versions` ADD `import_id` text;--> statement-breakpoint
CREATE INDEX `directory_listing_versions_import_id` ON `directory_listing_versions` (`import_id`);--> statement-breakpoint
CREATE TRIGGER `directory_imports_no_update`
BEFORE UPDATE ON `directory_imports`
BEGIN
	SELECT RAISE(ABORT, 'an import of another directory cannot be changed: it is kept as it ran');
END;
--> statement-breakpoint
CREATE TRIGGER `directory_imports_no_delete`
BEFORE DELETE ON `directory_imports`
BEGIN
	SELECT RAISE(ABORT, 'an import of another directory cannot be removed');
END;
