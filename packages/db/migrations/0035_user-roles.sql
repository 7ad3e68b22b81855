CREATE TABLE `user_roles` (
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`given_at` integer NOT NULL,
	`given_by_user_id` text,
	PRIMARY KEY(`user_id`, `role`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`given_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "user_roles_staff_role" CHECK("user_roles"."role" in ('practitioner', 'finance-officer', 'council-admin', 'ulo-admin'))
);
--> statement-breakpoint
CREATE INDEX `user_roles_role` ON `user_roles` (`role`);