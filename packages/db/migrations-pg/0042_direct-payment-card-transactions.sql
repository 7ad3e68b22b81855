CREATE TABLE "direct_payment_card_transactions" (
	"agreement_id" text NOT NULL,
	"identity" text NOT NULL,
	"return_id" text NOT NULL,
	CONSTRAINT "direct_payment_card_transactions_agreement_id_identity_pk" PRIMARY KEY("agreement_id","identity"),
	CONSTRAINT "direct_payment_card_transactions_identity_hex" CHECK ("direct_payment_card_transactions"."identity" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "direct_payment_card_transactions" ADD CONSTRAINT "direct_payment_card_transactions_agreement_id_direct_payment_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."direct_payment_agreements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_payment_card_transactions" ADD CONSTRAINT "direct_payment_card_transactions_return_id_direct_payment_returns_id_fk" FOREIGN KEY ("return_id") REFERENCES "public"."direct_payment_returns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE TRIGGER direct_payment_card_transactions_no_update BEFORE UPDATE ON direct_payment_card_transactions
FOR EACH ROW EXECUTE FUNCTION refuse_change('an imported card transaction cannot be changed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_card_transactions_no_delete BEFORE DELETE ON direct_payment_card_transactions
FOR EACH ROW EXECUTE FUNCTION refuse_change('an imported card transaction cannot be removed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_card_transactions_no_truncate BEFORE TRUNCATE ON direct_payment_card_transactions
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('an imported card transaction cannot be removed');
