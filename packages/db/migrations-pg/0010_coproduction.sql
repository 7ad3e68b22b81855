CREATE TABLE "coproduction_activities" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"held_on" text NOT NULL,
	"kind" text NOT NULL,
	"participants" json NOT NULL,
	"decisions" json NOT NULL,
	"rung" text NOT NULL,
	"rung_reason" text NOT NULL,
	"notes" text,
	"recorded_by_user_id" text NOT NULL,
	"recorded_at" bigint NOT NULL,
	CONSTRAINT "coproduction_activities_rung_known" CHECK ("coproduction_activities"."rung" in ('coercion', 'educating', 'informing', 'consultation', 'engagement', 'co-design', 'co-production')),
	CONSTRAINT "coproduction_activities_held_on_date" CHECK (is_calendar_date("coproduction_activities"."held_on"))
);
--> statement-breakpoint
CREATE TABLE "coproduction_held_responses" (
	"response_id" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coproduction_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"survey_id" text NOT NULL,
	"created_by_user_id" text NOT NULL,
	"created_at" bigint NOT NULL,
	"expires_at" bigint NOT NULL,
	"used_at" bigint,
	CONSTRAINT "coproduction_links_token_hash_sha256_hex" CHECK ("coproduction_links"."token_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "coproduction_moderation_decisions" (
	"id" text PRIMARY KEY NOT NULL,
	"response_id" text NOT NULL,
	"question_id" text NOT NULL,
	"decision" text NOT NULL,
	"reason" text,
	"decided_by_user_id" text NOT NULL,
	"decided_at" bigint NOT NULL,
	CONSTRAINT "coproduction_moderation_decisions_known" CHECK ("coproduction_moderation_decisions"."decision" in ('publish', 'withhold')),
	CONSTRAINT "coproduction_moderation_decisions_withhold_has_reason" CHECK ("coproduction_moderation_decisions"."decision" = 'publish' or ("coproduction_moderation_decisions"."reason" is not null and length(trim("coproduction_moderation_decisions"."reason")) > 0))
);
--> statement-breakpoint
CREATE TABLE "coproduction_responses" (
	"id" text PRIMARY KEY NOT NULL,
	"survey_ref" text NOT NULL,
	"kind" text NOT NULL,
	"variant" text NOT NULL,
	"answers" json NOT NULL,
	"submitted_on" text NOT NULL,
	"respondent_user_id" text,
	"submitted_at" bigint,
	CONSTRAINT "coproduction_responses_kind_known" CHECK ("coproduction_responses"."kind" in ('anonymous', 'named')),
	CONSTRAINT "coproduction_responses_variant_known" CHECK ("coproduction_responses"."variant" in ('standard', 'easy-read')),
	CONSTRAINT "coproduction_responses_answers_json" CHECK (json_typeof("coproduction_responses"."answers") = 'array'),
	CONSTRAINT "coproduction_responses_submitted_on_date" CHECK (is_calendar_date("coproduction_responses"."submitted_on")),
	CONSTRAINT "coproduction_responses_anonymous_has_no_identifier" CHECK (("coproduction_responses"."kind" = 'anonymous' and "coproduction_responses"."respondent_user_id" is null and "coproduction_responses"."submitted_at" is null) or ("coproduction_responses"."kind" = 'named' and "coproduction_responses"."respondent_user_id" is not null and "coproduction_responses"."submitted_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "coproduction_surveys" (
	"id" text PRIMARY KEY NOT NULL,
	"survey_id" text NOT NULL,
	"survey_version" text NOT NULL,
	"title" text NOT NULL,
	"definition" json NOT NULL,
	"first_used_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "you_said_we_did" (
	"id" text PRIMARY KEY NOT NULL,
	"record_id" text NOT NULL,
	"version" bigint NOT NULL,
	"theme" text NOT NULL,
	"what_people_said" text NOT NULL,
	"action" text NOT NULL,
	"owner" text NOT NULL,
	"raised_on" text NOT NULL,
	"target_on" text,
	"state" text NOT NULL,
	"done_on" text,
	"what_changed" text,
	"not_doing_reason" text,
	"survey_id" text,
	"recorded_by_user_id" text NOT NULL,
	"recorded_at" bigint NOT NULL,
	CONSTRAINT "you_said_we_did_state_known" CHECK ("you_said_we_did"."state" in ('planned', 'in-progress', 'done', 'not-doing')),
	CONSTRAINT "you_said_we_did_raised_on_date" CHECK (is_calendar_date("you_said_we_did"."raised_on")),
	CONSTRAINT "you_said_we_did_target_on_date" CHECK ("you_said_we_did"."target_on" is null or is_calendar_date("you_said_we_did"."target_on")),
	CONSTRAINT "you_said_we_did_done_has_date" CHECK (("you_said_we_did"."state" = 'done' and "you_said_we_did"."done_on" is not null and is_calendar_date("you_said_we_did"."done_on")) or ("you_said_we_did"."state" <> 'done' and "you_said_we_did"."done_on" is null)),
	CONSTRAINT "you_said_we_did_not_doing_has_reason" CHECK ("you_said_we_did"."state" <> 'not-doing' or ("you_said_we_did"."not_doing_reason" is not null and length(trim("you_said_we_did"."not_doing_reason")) > 0))
);
--> statement-breakpoint
ALTER TABLE "coproduction_activities" ADD CONSTRAINT "coproduction_activities_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_held_responses" ADD CONSTRAINT "coproduction_held_responses_response_id_coproduction_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."coproduction_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_links" ADD CONSTRAINT "coproduction_links_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_moderation_decisions" ADD CONSTRAINT "coproduction_moderation_decisions_response_id_coproduction_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."coproduction_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_moderation_decisions" ADD CONSTRAINT "coproduction_moderation_decisions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_responses" ADD CONSTRAINT "coproduction_responses_survey_ref_coproduction_surveys_id_fk" FOREIGN KEY ("survey_ref") REFERENCES "public"."coproduction_surveys"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coproduction_responses" ADD CONSTRAINT "coproduction_responses_respondent_user_id_users_id_fk" FOREIGN KEY ("respondent_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "you_said_we_did" ADD CONSTRAINT "you_said_we_did_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coproduction_activities_held_on" ON "coproduction_activities" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "coproduction_links_survey_id" ON "coproduction_links" USING btree ("survey_id");--> statement-breakpoint
CREATE INDEX "coproduction_moderation_decisions_response_question" ON "coproduction_moderation_decisions" USING btree ("response_id","question_id","decided_at");--> statement-breakpoint
CREATE INDEX "coproduction_responses_survey_ref_submitted_on" ON "coproduction_responses" USING btree ("survey_ref","submitted_on");--> statement-breakpoint
CREATE INDEX "coproduction_responses_respondent_user_id" ON "coproduction_responses" USING btree ("respondent_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "coproduction_surveys_survey_id_version" ON "coproduction_surveys" USING btree ("survey_id","survey_version");--> statement-breakpoint
CREATE UNIQUE INDEX "you_said_we_did_record_id_version" ON "you_said_we_did" USING btree ("record_id","version");--> statement-breakpoint
-- SQLite's rowid, by which the latest of two moderation decisions made in the same millisecond is the one recorded
-- last (decision 020). Moderation decisions name a moderator and an exact time, never who answered.
ALTER TABLE "coproduction_moderation_decisions" ADD COLUMN "rowid" bigint GENERATED ALWAYS AS IDENTITY;
--> statement-breakpoint
-- As SQLite's 0008 and 0009, with the same messages. A survey's wording, once answered, is what its answers mean.
CREATE TRIGGER coproduction_surveys_no_update BEFORE UPDATE ON coproduction_surveys
FOR EACH ROW EXECUTE FUNCTION refuse_change('a survey wording that has been answered cannot be changed: give the survey a new version');
--> statement-breakpoint
CREATE TRIGGER coproduction_surveys_no_delete BEFORE DELETE ON coproduction_surveys
FOR EACH ROW EXECUTE FUNCTION refuse_change('a survey wording that has been answered cannot be removed');
--> statement-breakpoint
CREATE TRIGGER coproduction_surveys_no_truncate BEFORE TRUNCATE ON coproduction_surveys
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a survey wording that has been answered cannot be removed');
--> statement-breakpoint
-- No exact time for anything an anonymous response touches (decision 023): the day a wording was first answered and
-- the day a one-time link was used keep midnight UTC only.
CREATE TRIGGER coproduction_surveys_first_used_day_only BEFORE INSERT ON coproduction_surveys
FOR EACH ROW WHEN (NEW.first_used_at % 86400000 <> 0)
EXECUTE FUNCTION refuse_change('first_used_at keeps the day only (midnight UTC), never the time');
--> statement-breakpoint
-- A response is what someone said: it can be withdrawn whole (deleted), never edited.
CREATE TRIGGER coproduction_responses_no_update BEFORE UPDATE ON coproduction_responses
FOR EACH ROW EXECUTE FUNCTION refuse_change('a survey response cannot be changed');
--> statement-breakpoint
-- A new decision is a new row; deletion only comes with the response itself (ON DELETE CASCADE).
CREATE TRIGGER coproduction_moderation_decisions_no_update BEFORE UPDATE ON coproduction_moderation_decisions
FOR EACH ROW EXECUTE FUNCTION refuse_change('a moderation decision cannot be changed: record a new one');
--> statement-breakpoint
-- A one-time link changes once, from unused to used, and never back; the day of use only.
CREATE TRIGGER coproduction_links_used_once BEFORE UPDATE ON coproduction_links
FOR EACH ROW WHEN (
	OLD.used_at IS NOT NULL OR NEW.used_at IS NULL OR NEW.token_hash IS DISTINCT FROM OLD.token_hash
	OR NEW.survey_id IS DISTINCT FROM OLD.survey_id OR NEW.expires_at IS DISTINCT FROM OLD.expires_at
	OR NEW.created_at IS DISTINCT FROM OLD.created_at OR NEW.created_by_user_id IS DISTINCT FROM OLD.created_by_user_id
)
EXECUTE FUNCTION refuse_change('a one-time survey link can only be marked used, once');
--> statement-breakpoint
CREATE TRIGGER coproduction_links_used_day_only BEFORE UPDATE OF used_at ON coproduction_links
FOR EACH ROW WHEN (NEW.used_at % 86400000 <> 0)
EXECUTE FUNCTION refuse_change('used_at keeps the day only (midnight UTC), never the time');
--> statement-breakpoint
CREATE TRIGGER you_said_we_did_no_update BEFORE UPDATE ON you_said_we_did
FOR EACH ROW EXECUTE FUNCTION refuse_change('a you said, we did record cannot be changed: record a new version');
--> statement-breakpoint
CREATE TRIGGER you_said_we_did_no_delete BEFORE DELETE ON you_said_we_did
FOR EACH ROW EXECUTE FUNCTION refuse_change('a you said, we did record cannot be removed');
--> statement-breakpoint
CREATE TRIGGER you_said_we_did_no_truncate BEFORE TRUNCATE ON you_said_we_did
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a you said, we did record cannot be removed');
--> statement-breakpoint
CREATE TRIGGER coproduction_activities_no_update BEFORE UPDATE ON coproduction_activities
FOR EACH ROW EXECUTE FUNCTION refuse_change('a co-production activity cannot be changed: record a new one');
--> statement-breakpoint
CREATE TRIGGER coproduction_activities_no_delete BEFORE DELETE ON coproduction_activities
FOR EACH ROW EXECUTE FUNCTION refuse_change('a co-production activity cannot be removed');
--> statement-breakpoint
CREATE TRIGGER coproduction_activities_no_truncate BEFORE TRUNCATE ON coproduction_activities
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a co-production activity cannot be removed');
