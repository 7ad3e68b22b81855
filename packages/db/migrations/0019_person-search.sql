CREATE TABLE `person_search_keys` (
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`person_id` text NOT NULL,
	PRIMARY KEY(`kind`, `key`, `person_id`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "person_search_keys_kind_known" CHECK("person_search_keys"."kind" in ('word', 'sound', 'nhs', 'postcode', 'outward', 'ref'))
);
--> statement-breakpoint
CREATE INDEX `person_search_keys_person_id` ON `person_search_keys` (`person_id`);--> statement-breakpoint
CREATE INDEX `people_date_of_birth` ON `people` (`date_of_birth`);