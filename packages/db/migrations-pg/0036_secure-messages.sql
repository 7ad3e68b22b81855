CREATE TABLE "secure_message_reads" (
	"user_id" text NOT NULL,
	"person_id" text NOT NULL,
	"read_up_to" bigint NOT NULL,
	"read_at" bigint NOT NULL,
	CONSTRAINT "secure_message_reads_user_id_person_id_pk" PRIMARY KEY("user_id","person_id"),
	CONSTRAINT "secure_message_reads_up_to_positive" CHECK ("secure_message_reads"."read_up_to" >= 0)
);
--> statement-breakpoint
CREATE TABLE "secure_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"seq" bigint NOT NULL,
	"side" text NOT NULL,
	"author_user_id" text NOT NULL,
	"body" text NOT NULL,
	"sent_at" bigint NOT NULL,
	CONSTRAINT "secure_messages_seq_positive" CHECK ("secure_messages"."seq" >= 1),
	CONSTRAINT "secure_messages_side_known" CHECK ("secure_messages"."side" in ('person', 'staff')),
	CONSTRAINT "secure_messages_body_length" CHECK (length(trim("secure_messages"."body")) > 0 and length("secure_messages"."body") <= 5000)
);
--> statement-breakpoint
ALTER TABLE "secure_message_reads" ADD CONSTRAINT "secure_message_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secure_message_reads" ADD CONSTRAINT "secure_message_reads_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secure_messages" ADD CONSTRAINT "secure_messages_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secure_messages" ADD CONSTRAINT "secure_messages_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "secure_messages_person_id_seq" ON "secure_messages" USING btree ("person_id","seq");--> statement-breakpoint
CREATE INDEX "secure_messages_author_user_id" ON "secure_messages" USING btree ("author_user_id");--> statement-breakpoint
-- A secure message stays as it was written (see ../migrations/0038_secure-messages.sql).
CREATE TRIGGER secure_messages_no_update BEFORE UPDATE ON secure_messages
FOR EACH ROW EXECUTE FUNCTION refuse_change('a secure message cannot be changed: write another');
--> statement-breakpoint
CREATE TRIGGER secure_messages_no_delete BEFORE DELETE ON secure_messages
FOR EACH ROW EXECUTE FUNCTION refuse_change('a secure message cannot be removed');
--> statement-breakpoint
CREATE TRIGGER secure_messages_no_truncate BEFORE TRUNCATE ON secure_messages
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a secure message cannot be removed');
