CREATE TABLE "figure_counts" (
	"figure" text NOT NULL,
	"key" text NOT NULL,
	"params" json NOT NULL,
	"requested_at" bigint,
	"started_at" bigint,
	"counted_at" bigint,
	"value" json,
	"problem" text,
	CONSTRAINT "figure_counts_figure_key_pk" PRIMARY KEY("figure","key")
);
--> statement-breakpoint
CREATE INDEX "figure_counts_requested_at" ON "figure_counts" USING btree ("requested_at");