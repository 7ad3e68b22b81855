CREATE TABLE "person_search_keys" (
	"kind" text NOT NULL,
	"key" text COLLATE "C" NOT NULL,
	"person_id" text NOT NULL,
	CONSTRAINT "person_search_keys_kind_key_person_id_pk" PRIMARY KEY("kind","key","person_id"),
	CONSTRAINT "person_search_keys_kind_known" CHECK ("person_search_keys"."kind" in ('word', 'sound', 'nhs', 'postcode', 'outward', 'ref'))
);
--> statement-breakpoint
ALTER TABLE "person_search_keys" ADD CONSTRAINT "person_search_keys_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_search_keys_person_id" ON "person_search_keys" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "people_date_of_birth" ON "people" USING btree ("date_of_birth");