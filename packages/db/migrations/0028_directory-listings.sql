CREATE TABLE `directory_listers` (
	`organization_id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`user_id` text NOT NULL,
	`record` text NOT NULL,
	`signed_up_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "directory_listers_kind_known" CHECK("directory_listers"."kind" in ('provider', 'user-led organisation', 'community group')),
	CONSTRAINT "directory_listers_record_json" CHECK(json_valid("directory_listers"."record"))
);
--> statement-breakpoint
CREATE INDEX `directory_listers_user_id` ON `directory_listers` (`user_id`);--> statement-breakpoint
CREATE TABLE `directory_listing_reviews` (
	`version_id` text PRIMARY KEY NOT NULL,
	`decision` text NOT NULL,
	`reason` text,
	`reviewed_by_user_id` text NOT NULL,
	`reviewed_at` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `directory_listing_versions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`reviewed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "directory_listing_reviews_decision_known" CHECK("directory_listing_reviews"."decision" in ('published', 'returned')),
	CONSTRAINT "directory_listing_reviews_returned_with_reason" CHECK("directory_listing_reviews"."decision" = 'published' or coalesce(length(trim("directory_listing_reviews"."reason")), 0) > 0)
);
--> statement-breakpoint
CREATE TABLE `directory_listing_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`service_id` text NOT NULL,
	`version` integer NOT NULL,
	`organization_id` text NOT NULL,
	`record` text NOT NULL,
	`submitted_by_user_id` text NOT NULL,
	`submitted_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `directory_listers`(`organization_id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`submitted_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "directory_listing_versions_version_positive" CHECK("directory_listing_versions"."version" >= 1),
	CONSTRAINT "directory_listing_versions_record_json" CHECK(json_valid("directory_listing_versions"."record"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `directory_listing_versions_service_version` ON `directory_listing_versions` (`service_id`,`version`);--> statement-breakpoint
CREATE INDEX `directory_listing_versions_organization_id` ON `directory_listing_versions` (`organization_id`);
--> statement-breakpoint
-- Listings, their versions and the assurer's decisions are kept as they were made (decision 042).
CREATE TRIGGER `directory_listers_no_update`
BEFORE UPDATE ON `directory_listers`
BEGIN
	SELECT RAISE(ABORT, 'an organisation that signed up to list its services cannot be changed: it is kept as it was made');
END;
--> statement-breakpoint
CREATE TRIGGER `directory_listers_no_delete`
BEFORE DELETE ON `directory_listers`
BEGIN
	SELECT RAISE(ABORT, 'an organisation that signed up to list its services cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `directory_listing_versions_no_update`
BEFORE UPDATE ON `directory_listing_versions`
BEGIN
	SELECT RAISE(ABORT, 'a version of a listing cannot be changed: it is kept as it was made');
END;
--> statement-breakpoint
CREATE TRIGGER `directory_listing_versions_no_delete`
BEFORE DELETE ON `directory_listing_versions`
BEGIN
	SELECT RAISE(ABORT, 'a version of a listing cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `directory_listing_reviews_no_update`
BEFORE UPDATE ON `directory_listing_reviews`
BEGIN
	SELECT RAISE(ABORT, 'the assurer’s decision on a listing cannot be changed: it is kept as it was made');
END;
--> statement-breakpoint
CREATE TRIGGER `directory_listing_reviews_no_delete`
BEFORE DELETE ON `directory_listing_reviews`
BEGIN
	SELECT RAISE(ABORT, 'the assurer’s decision on a listing cannot be removed');
END;
