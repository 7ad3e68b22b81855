CREATE TABLE "directory_imports" (
	"id" text PRIMARY KEY NOT NULL,
	"imported_by_user_id" text NOT NULL,
	"imported_at" bigint NOT NULL,
	"source" text NOT NULL,
	"source_key" text NOT NULL,
	"sha256" text NOT NULL,
	"assured" boolean NOT NULL,
	"added" bigint NOT NULL,
	"changed" bigint NOT NULL,
	"unchanged" bigint NOT NULL,
	"refused" bigint NOT NULL,
	"report" json NOT NULL
);
--> statement-breakpoint
ALTER TABLE "directory_listing_versions" ADD COLUMN "import_id" text;--> statement-breakpoint
ALTER TABLE "directory_imports" ADD CONSTRAINT "directory_imports_imported_by_user_id_users_id_fk" FOREIGN KEY ("imported_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_imports_imported_at" ON "directory_imports" USING btree ("imported_at");--> statement-breakpoint
CREATE INDEX "directory_imports_sha256" ON "directory_imports" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "directory_listing_versions_import_id" ON "directory_listing_versions" USING btree ("import_id");--> statement-breakpoint
CREATE TRIGGER directory_imports_no_update BEFORE UPDATE ON directory_imports
FOR EACH ROW EXECUTE FUNCTION refuse_change('an import of another directory cannot be changed: it is kept as it ran');
--> statement-breakpoint
CREATE TRIGGER directory_imports_no_delete BEFORE DELETE ON directory_imports
FOR EACH ROW EXECUTE FUNCTION refuse_change('an import of another directory cannot be removed');
--> statement-breakpoint
CREATE TRIGGER directory_imports_no_truncate BEFORE TRUNCATE ON directory_imports
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('an import of another directory cannot be removed');
