CREATE TABLE "contact_preferences" (
	"user_id" text PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"mobile" text,
	"wording" text NOT NULL,
	"updated_at" bigint NOT NULL,
	CONSTRAINT "contact_preferences_channel_known" CHECK ("contact_preferences"."channel" in ('email', 'sms')),
	CONSTRAINT "contact_preferences_wording_known" CHECK ("contact_preferences"."wording" in ('standard', 'easy-read')),
	CONSTRAINT "contact_preferences_mobile_uk" CHECK ("contact_preferences"."mobile" is null or "contact_preferences"."mobile" ~ '^07[0-9]{9}$'),
	CONSTRAINT "contact_preferences_sms_has_mobile" CHECK ("contact_preferences"."channel" <> 'sms' or "contact_preferences"."mobile" is not null)
);
--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "wording" text DEFAULT 'standard' NOT NULL;--> statement-breakpoint
ALTER TABLE "contact_preferences" ADD CONSTRAINT "contact_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;