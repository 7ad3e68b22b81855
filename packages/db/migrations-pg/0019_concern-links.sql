CREATE TABLE "safeguarding_concern_links" (
	"concern_id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"how" text NOT NULL,
	"linked_by_user_id" text NOT NULL,
	"linked_at" bigint NOT NULL,
	CONSTRAINT "safeguarding_concern_links_how_known" CHECK ("safeguarding_concern_links"."how" in ('found', 'created'))
);
--> statement-breakpoint
ALTER TABLE "safeguarding_concern_links" ADD CONSTRAINT "safeguarding_concern_links_concern_id_safeguarding_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."safeguarding_concerns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_concern_links" ADD CONSTRAINT "safeguarding_concern_links_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_concern_links" ADD CONSTRAINT "safeguarding_concern_links_linked_by_user_id_users_id_fk" FOREIGN KEY ("linked_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
-- The twin of ../migrations/0021_concern-links.sql: a concern's person_id may go once from none to the person its link
-- names; every other change is refused with the message refuse_change gave before.
CREATE FUNCTION safeguarding_concern_only_linked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF OLD.person_id IS NULL AND NEW.person_id IS NOT NULL
		AND (NEW.id, NEW.reference, NEW.received_at, NEW.received_on, NEW.age_band, NEW.date_of_birth,
			NEW.location_of_risk, NEW.source_of_risk, NEW.needs_follow_up, NEW.raised_by_user_id, NEW.concern::text, NEW.rowid)
			IS NOT DISTINCT FROM
			(OLD.id, OLD.reference, OLD.received_at, OLD.received_on, OLD.age_band, OLD.date_of_birth,
			OLD.location_of_risk, OLD.source_of_risk, OLD.needs_follow_up, OLD.raised_by_user_id, OLD.concern::text, OLD.rowid)
		AND EXISTS (
			SELECT 1 FROM safeguarding_concern_links AS link
			WHERE link.concern_id = NEW.id AND link.person_id = NEW.person_id
		)
	THEN
		RETURN NEW;
	END IF;
	RAISE EXCEPTION USING MESSAGE = 'a safeguarding concern cannot be changed: record a new one',
		ERRCODE = 'integrity_constraint_violation';
END
$$;
--> statement-breakpoint
DROP TRIGGER safeguarding_concerns_no_update ON safeguarding_concerns;
--> statement-breakpoint
CREATE TRIGGER safeguarding_concerns_no_update BEFORE UPDATE ON safeguarding_concerns
FOR EACH ROW EXECUTE FUNCTION safeguarding_concern_only_linked();
--> statement-breakpoint
CREATE TRIGGER safeguarding_concern_links_no_update BEFORE UPDATE ON safeguarding_concern_links
FOR EACH ROW EXECUTE FUNCTION refuse_change('the link of a concern to a person cannot be changed');
--> statement-breakpoint
CREATE TRIGGER safeguarding_concern_links_no_delete BEFORE DELETE ON safeguarding_concern_links
FOR EACH ROW EXECUTE FUNCTION refuse_change('the link of a concern to a person cannot be removed');
--> statement-breakpoint
CREATE TRIGGER safeguarding_concern_links_no_truncate BEFORE TRUNCATE ON safeguarding_concern_links
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('the link of a concern to a person cannot be removed');
