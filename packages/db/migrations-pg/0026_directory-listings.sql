CREATE TABLE "directory_listers" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"user_id" text NOT NULL,
	"record" json NOT NULL,
	"signed_up_at" bigint NOT NULL,
	CONSTRAINT "directory_listers_kind_known" CHECK ("directory_listers"."kind" in ('provider', 'user-led organisation', 'community group'))
);
--> statement-breakpoint
CREATE TABLE "directory_listing_reviews" (
	"version_id" text PRIMARY KEY NOT NULL,
	"decision" text NOT NULL,
	"reason" text,
	"reviewed_by_user_id" text NOT NULL,
	"reviewed_at" bigint NOT NULL,
	CONSTRAINT "directory_listing_reviews_decision_known" CHECK ("directory_listing_reviews"."decision" in ('published', 'returned')),
	CONSTRAINT "directory_listing_reviews_returned_with_reason" CHECK ("directory_listing_reviews"."decision" = 'published' or coalesce(length(trim("directory_listing_reviews"."reason")), 0) > 0)
);
--> statement-breakpoint
CREATE TABLE "directory_listing_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"service_id" text NOT NULL,
	"version" bigint NOT NULL,
	"organization_id" text NOT NULL,
	"record" json NOT NULL,
	"submitted_by_user_id" text NOT NULL,
	"submitted_at" bigint NOT NULL,
	CONSTRAINT "directory_listing_versions_version_positive" CHECK ("directory_listing_versions"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "directory_listers" ADD CONSTRAINT "directory_listers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_listing_reviews" ADD CONSTRAINT "directory_listing_reviews_version_id_directory_listing_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."directory_listing_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_listing_reviews" ADD CONSTRAINT "directory_listing_reviews_reviewed_by_user_id_users_id_fk" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_listing_versions" ADD CONSTRAINT "directory_listing_versions_organization_id_directory_listers_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."directory_listers"("organization_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_listing_versions" ADD CONSTRAINT "directory_listing_versions_submitted_by_user_id_users_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_listers_user_id" ON "directory_listers" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "directory_listing_versions_service_version" ON "directory_listing_versions" USING btree ("service_id","version");--> statement-breakpoint
CREATE INDEX "directory_listing_versions_organization_id" ON "directory_listing_versions" USING btree ("organization_id");
--> statement-breakpoint
-- Kept as made (see ../migrations/0025_directory-listings.sql).
CREATE TRIGGER directory_listers_no_update BEFORE UPDATE ON directory_listers
FOR EACH ROW EXECUTE FUNCTION refuse_change('an organisation that signed up to list its services cannot be changed: it is kept as it was made');
--> statement-breakpoint
CREATE TRIGGER directory_listers_no_delete BEFORE DELETE ON directory_listers
FOR EACH ROW EXECUTE FUNCTION refuse_change('an organisation that signed up to list its services cannot be removed');
--> statement-breakpoint
CREATE TRIGGER directory_listers_no_truncate BEFORE TRUNCATE ON directory_listers
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('an organisation that signed up to list its services cannot be removed');
--> statement-breakpoint
CREATE TRIGGER directory_listing_versions_no_update BEFORE UPDATE ON directory_listing_versions
FOR EACH ROW EXECUTE FUNCTION refuse_change('a version of a listing cannot be changed: it is kept as it was made');
--> statement-breakpoint
CREATE TRIGGER directory_listing_versions_no_delete BEFORE DELETE ON directory_listing_versions
FOR EACH ROW EXECUTE FUNCTION refuse_change('a version of a listing cannot be removed');
--> statement-breakpoint
CREATE TRIGGER directory_listing_versions_no_truncate BEFORE TRUNCATE ON directory_listing_versions
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a version of a listing cannot be removed');
--> statement-breakpoint
CREATE TRIGGER directory_listing_reviews_no_update BEFORE UPDATE ON directory_listing_reviews
FOR EACH ROW EXECUTE FUNCTION refuse_change('the assurer’s decision on a listing cannot be changed: it is kept as it was made');
--> statement-breakpoint
CREATE TRIGGER directory_listing_reviews_no_delete BEFORE DELETE ON directory_listing_reviews
FOR EACH ROW EXECUTE FUNCTION refuse_change('the assurer’s decision on a listing cannot be removed');
--> statement-breakpoint
CREATE TRIGGER directory_listing_reviews_no_truncate BEFORE TRUNCATE ON directory_listing_reviews
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('the assurer’s decision on a listing cannot be removed');
