CREATE TABLE "directory_organizations" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"record" json NOT NULL,
	"modified_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_service_terms" (
	"service_id" text NOT NULL,
	"term_id" text NOT NULL,
	CONSTRAINT "directory_service_terms_service_id_term_id_pk" PRIMARY KEY("service_id","term_id")
);
--> statement-breakpoint
CREATE TABLE "directory_services" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"record" json NOT NULL,
	"search_text" text NOT NULL,
	"modified_at" bigint NOT NULL,
	CONSTRAINT "directory_services_status_known" CHECK ("directory_services"."status" in ('active', 'inactive', 'defunct', 'temporarily closed'))
);
--> statement-breakpoint
CREATE TABLE "directory_taxonomies" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"record" json NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_taxonomy_terms" (
	"id" text PRIMARY KEY NOT NULL,
	"taxonomy_id" text,
	"parent_id" text,
	"name" text NOT NULL,
	"record" json NOT NULL
);
--> statement-breakpoint
ALTER TABLE "directory_service_terms" ADD CONSTRAINT "directory_service_terms_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_terms" ADD CONSTRAINT "directory_service_terms_term_id_directory_taxonomy_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."directory_taxonomy_terms"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_services" ADD CONSTRAINT "directory_services_organization_id_directory_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."directory_organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_taxonomy_terms" ADD CONSTRAINT "directory_taxonomy_terms_taxonomy_id_directory_taxonomies_id_fk" FOREIGN KEY ("taxonomy_id") REFERENCES "public"."directory_taxonomies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_service_terms_term_id" ON "directory_service_terms" USING btree ("term_id");--> statement-breakpoint
CREATE INDEX "directory_services_name_id" ON "directory_services" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "directory_services_modified_at" ON "directory_services" USING btree ("modified_at");--> statement-breakpoint
CREATE INDEX "directory_services_organization_id" ON "directory_services" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "directory_taxonomy_terms_taxonomy_id_name" ON "directory_taxonomy_terms" USING btree ("taxonomy_id","name");--> statement-breakpoint
CREATE INDEX "directory_taxonomy_terms_parent_id" ON "directory_taxonomy_terms" USING btree ("parent_id");