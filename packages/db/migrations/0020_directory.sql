CREATE TABLE `directory_organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`record` text NOT NULL,
	`modified_at` integer NOT NULL,
	CONSTRAINT "directory_organizations_record_json" CHECK(json_valid("directory_organizations"."record"))
);
--> statement-breakpoint
CREATE TABLE `directory_service_terms` (
	`service_id` text NOT NULL,
	`term_id` text NOT NULL,
	PRIMARY KEY(`service_id`, `term_id`),
	FOREIGN KEY (`service_id`) REFERENCES `directory_services`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`term_id`) REFERENCES `directory_taxonomy_terms`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `directory_service_terms_term_id` ON `directory_service_terms` (`term_id`);--> statement-breakpoint
CREATE TABLE `directory_services` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text,
	`name` text NOT NULL,
	`status` text NOT NULL,
	`record` text NOT NULL,
	`search_text` text NOT NULL,
	`modified_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `directory_organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "directory_services_status_known" CHECK("directory_services"."status" in ('active', 'inactive', 'defunct', 'temporarily closed')),
	CONSTRAINT "directory_services_record_json" CHECK(json_valid("directory_services"."record"))
);
--> statement-breakpoint
CREATE INDEX `directory_services_name_id` ON `directory_services` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `directory_services_modified_at` ON `directory_services` (`modified_at`);--> statement-breakpoint
CREATE INDEX `directory_services_organization_id` ON `directory_services` (`organization_id`);--> statement-breakpoint
CREATE TABLE `directory_taxonomies` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`record` text NOT NULL,
	CONSTRAINT "directory_taxonomies_record_json" CHECK(json_valid("directory_taxonomies"."record"))
);
--> statement-breakpoint
CREATE TABLE `directory_taxonomy_terms` (
	`id` text PRIMARY KEY NOT NULL,
	`taxonomy_id` text,
	`parent_id` text,
	`name` text NOT NULL,
	`record` text NOT NULL,
	FOREIGN KEY (`taxonomy_id`) REFERENCES `directory_taxonomies`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "directory_taxonomy_terms_record_json" CHECK(json_valid("directory_taxonomy_terms"."record"))
);
--> statement-breakpoint
CREATE INDEX `directory_taxonomy_terms_taxonomy_id_name` ON `directory_taxonomy_terms` (`taxonomy_id`,`name`);--> statement-breakpoint
CREATE INDEX `directory_taxonomy_terms_parent_id` ON `directory_taxonomy_terms` (`parent_id`);