CREATE TABLE "combined_assessment_agreements" (
	"id" text PRIMARY KEY NOT NULL,
	"carer_assessment_id" text NOT NULL,
	"person_assessment_id" text NOT NULL,
	"party" text NOT NULL,
	"word" text NOT NULL,
	"recorded_by_user_id" text NOT NULL,
	"recorded_at" bigint NOT NULL,
	CONSTRAINT "combined_assessment_agreements_party_known" CHECK ("combined_assessment_agreements"."party" in ('carer', 'cared-for')),
	CONSTRAINT "combined_assessment_agreements_word_known" CHECK ("combined_assessment_agreements"."word" in ('agreed', 'withdrew'))
);
--> statement-breakpoint
ALTER TABLE "combined_assessment_agreements" ADD CONSTRAINT "combined_assessment_agreements_carer_assessment_id_carer_assessments_id_fk" FOREIGN KEY ("carer_assessment_id") REFERENCES "public"."carer_assessments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "combined_assessment_agreements" ADD CONSTRAINT "combined_assessment_agreements_person_assessment_id_assessments_id_fk" FOREIGN KEY ("person_assessment_id") REFERENCES "public"."assessments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "combined_assessment_agreements" ADD CONSTRAINT "combined_assessment_agreements_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "combined_assessment_agreements_carer" ON "combined_assessment_agreements" USING btree ("carer_assessment_id","recorded_at");--> statement-breakpoint
CREATE INDEX "combined_assessment_agreements_person" ON "combined_assessment_agreements" USING btree ("person_assessment_id","recorded_at");--> statement-breakpoint
-- Kept as recorded, and only for someone the carer cares for (see ../migrations/0041_combined-assessments.sql).
CREATE TRIGGER combined_assessment_agreements_no_update BEFORE UPDATE ON combined_assessment_agreements
FOR EACH ROW EXECUTE FUNCTION refuse_change('an agreement to a combined assessment cannot be changed: record a withdrawal');
--> statement-breakpoint
CREATE TRIGGER combined_assessment_agreements_no_delete BEFORE DELETE ON combined_assessment_agreements
FOR EACH ROW EXECUTE FUNCTION refuse_change('an agreement to a combined assessment cannot be removed');
--> statement-breakpoint
CREATE TRIGGER combined_assessment_agreements_no_truncate BEFORE TRUNCATE ON combined_assessment_agreements
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('an agreement to a combined assessment cannot be removed');
--> statement-breakpoint
CREATE FUNCTION combined_assessment_of_the_cared_for() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NOT EXISTS (
		SELECT 1 FROM carer_assessments c
		JOIN assessments a ON a.id = NEW.person_assessment_id
		JOIN caring_relationships r ON r.carer_person_id = c.carer_person_id AND r.cared_for_person_id = a.person_id
		WHERE c.id = NEW.carer_assessment_id
	) THEN
		RAISE EXCEPTION USING
			MESSAGE = 'a carer''s assessment is combined only with the assessment of someone they care for',
			ERRCODE = 'integrity_constraint_violation';
	END IF;
	RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER combined_assessment_agreements_of_the_cared_for BEFORE INSERT ON combined_assessment_agreements
FOR EACH ROW EXECUTE FUNCTION combined_assessment_of_the_cared_for();
--> statement-breakpoint
-- SQLite's rowid, which the order of words within one millisecond is kept by (as 0025).
ALTER TABLE "combined_assessment_agreements" ADD COLUMN "rowid" bigint GENERATED ALWAYS AS IDENTITY;
