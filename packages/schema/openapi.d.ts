// Generated from openapi.json by openapi-typescript (`pnpm schema:emit`, or `pnpm --filter @cdp/schema types`). Do not edit by hand.
// Use with openapi-fetch: createClient<paths>({ baseUrl }).

export interface paths {
    "/api/v1/plan.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plan as CSV
         * @description One row per action, in plan order, with the plan numbering (pillar.priority.objective.action), pillar, priority, objective, action, responsible agencies by name, status and RAG in words, latest quarter, percent complete, due date, target, funding condition, latest commentary and the API ID. form=long gives one row per action and agency. UTF-8 with a byte-order mark (Excel reads it right), RFC 4180 quoting, CRLF. The same filters as /api/v1/actions; also GET /api/v1/actions with Accept: text/csv.
         */
        get: operations["planCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plan as an Excel workbook
         * @description A sheet per level (Pillars, Priorities, Objectives, Actions) and Action agencies (a row per action and agency): frozen header rows, column widths, filters, RAG cells coloured. The same filters as /api/v1/actions (they narrow the action sheets); also GET /api/v1/actions with Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.
         */
        get: operations["planXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reprocurements.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reprocurement deadlines as a calendar
         * @description iCalendar (RFC 5545) to subscribe to in Outlook or Google Calendar: an all-day event per contract expiry, with a reminder (VALARM) alarmMonths before (default REPROCUREMENT_ALARM_MONTHS, 6), the supplier and status in the description. The same filters as /api/v1/reprocurements; also that collection with Accept: text/calendar.
         */
        get: operations["reprocurementsIcs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/help-services.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where to find help, as CSV
         * @description The help services (name, description, audience, ages, phone, email, website) as CSV, UTF-8 with a byte-order mark; also /api/v1/help-services with Accept: text/csv.
         */
        get: operations["helpServicesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/chase-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A round's chase list
         * @description Who to chase for a round's updates: per agency responsible for a live action of the plan with no update of its own for the round's quarter, those actions, the agency's contact and the days to the deadline (negative once it has passed). The GraphQL query chaseList(round:).
         */
        get: operations["roundChaseList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/chase-list.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A round's chase list as CSV
         * @description One row per agency and action lacking its update (agencies by name, actions in plan order): the agency, its contact, the quarter, the deadline and days to it, the action's plan numbering, text, status and due date, and the API IDs. UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF.
         */
        get: operations["roundChaseListCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A round's snapshot
         * @description What the board saw: the plan as it stood for the round's quarter when it closed (ReportingRound.snapshot), or for an OPEN round the draft built from live data (draftSnapshot).
         */
        get: operations["roundSnapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed between an earlier round (or a plan) and this round
         * @description The GraphQL query planDiff(from, to) with to the round in the URL: actions added, removed, reworded (before and after), RAG and status movements, measures' new values, reprocurements that moved. A CLOSED round is compared as its stored snapshot, an OPEN one as its draft; from a plan's ID, the plan read live (for the quarter of its latest closed round, else the quarter holding today within its period).
         */
        get: operations["roundDiff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/report.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A round's board report pack as HTML
         * @description The board report pack as one self-contained accessible HTML document (inline CSS and SVG charts, no script, no request to another host), served inline. The summary (RAG counts per pillar, movement since the last closed round), exceptions (RED and AMBER actions with the agencies' commentary), actions without updates by agency, outcome measures, reprocurement deadlines and what changed since the last board. A CLOSED round's pack is built from its stored snapshot: its HTML and Markdown are the same bytes every time; an OPEN round's is a draft from live data (DRAFT on every page; X-Board-Pack-Draft: true). Needs an API key (the pack lists the audit log's changes). The GraphQL query boardReport(round:, format:).
         */
        get: operations["roundReportHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A round's board report pack as PDF
         * @description The board report pack as an A4 PDF printed from the HTML by headless Chromium, as an attachment. No Chromium on the server (CHROMIUM_PATH): 503, reason PDF_RENDERER_UNAVAILABLE; the HTML and Markdown still work. The summary (RAG counts per pillar, movement since the last closed round), exceptions (RED and AMBER actions with the agencies' commentary), actions without updates by agency, outcome measures, reprocurement deadlines and what changed since the last board. A CLOSED round's pack is built from its stored snapshot: its HTML and Markdown are the same bytes every time; an OPEN round's is a draft from live data (DRAFT on every page; X-Board-Pack-Draft: true). Needs an API key (the pack lists the audit log's changes). The GraphQL query boardReport(round:, format:).
         */
        get: operations["roundReportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/report.md": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A round's board report pack as Markdown
         * @description The board report pack as GitHub-flavoured Markdown, as an attachment. The summary (RAG counts per pillar, movement since the last closed round), exceptions (RED and AMBER actions with the agencies' commentary), actions without updates by agency, outcome measures, reprocurement deadlines and what changed since the last board. A CLOSED round's pack is built from its stored snapshot: its HTML and Markdown are the same bytes every time; an OPEN round's is a draft from live data (DRAFT on every page; X-Board-Pack-Draft: true). Needs an API key (the pack lists the audit log's changes). The GraphQL query boardReport(round:, format:).
         */
        get: operations["roundReportMd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List plans
         * @description The partnership's plans: the strategy and its annual delivery plans. The GraphQL query plans: its filters are the query parameters, with the same names and rules.
         */
        get: operations["listPlans"];
        put?: never;
        /**
         * Create a Plan
         * @description The GraphQL mutation createPlan: the body is its input.
         */
        post: operations["createPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One Plan by ID
         * @description A strategy or an annual delivery plan. Plans are versioned by period, never overwritten. The ETag starts with the version: send it back in If-Match to change the record.
         */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a Plan
         * @description JSON Merge Patch (RFC 7396): the properties sent are changed, null clears one, the rest are kept. If-Match is required (428 without it, 412 when the record has changed since). The GraphQL mutation updatePlan.
         */
        patch: operations["updatePlan"];
        trace?: never;
    };
    "/api/v1/plans/{id}/pillars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pillars of one Plan
         * @description Plan.pillars
         */
        get: operations["listPlansPillars"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/national-outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The national outcomes of one Plan
         * @description For a strategy: the national outcomes of its outcomes framework.
         */
        get: operations["listPlansNationalOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/agree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Agree Plan on a Plan
         * @description The GraphQL mutation agreePlan: the body is its input, id from the URL; If-Match is required and gives expectedVersion.
         */
        post: operations["agreePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/roll-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Roll Over Plan on a Plan
         * @description The GraphQL mutation rollOverPlan: the body is its input, fromPlanId from the URL.
         */
        post: operations["rollOverPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pillars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pillars
         * @description The strategy pillars (Breaking supply chains, Treatment and recovery, ...). The GraphQL query pillars: its filters are the query parameters, with the same names and rules.
         */
        get: operations["listPillars"];
        put?: never;
        /**
         * Create a Pillar
         * @description The GraphQL mutation createPillar: the body is its input.
         */
        post: operations["createPillar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pillars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One Pillar by ID
         * @description One of the three national strategic priorities ("pillars") of From Harm to Hope, as a delivery plan carries it. The ETag starts with the version: send it back in If-Match to change the record.
         */
        get: operations["getPillar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a Pillar
         * @description JSON Merge Patch (RFC 7396): the properties sent are changed, null clears one, the rest are kept. If-Match is required (428 without it, 412 when the record has changed since). The GraphQL mutation updatePillar.
         */
        patch: operations["updatePillar"];
        trace?: never;
    };
    "/api/v1/pillars/{id}/priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The priorities of one Pillar
         * @description Pillar.priorities
         */
        get: operations["listPillarsPriorities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pillars/{id}/national-outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The national outcomes of one Pillar
         * @description The national outcomes the strategy lists under this pillar. They belong to the strategy, not to a delivery plan: a pillar carried from an earlier plan (rollOverPlan) also has those listed under the pillars it was carried from, the earliest's first.
         */
        get: operations["listPillarsNationalOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pillars/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a Pillar
         * @description Archives the record: it leaves the lists but is kept, with its history. If-Match is required. The GraphQL mutation archivePillar.
         */
        post: operations["archivePillar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pillars/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a Pillar
         * @description Restores an archived record. If-Match is required. The GraphQL mutation restorePillar.
         */
        post: operations["restorePillar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List priorities
         * @description A pillar's priorities. The GraphQL query priorities: its filters are the query parameters, with the same names and rules.
         */
        get: operations["listPriorities"];
        put?: never;
        /**
         * Create a Priority
         * @description The GraphQL mutation createPriority: the body is its input.
         */
        post: operations["createPriority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priorities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One Priority by ID
         * @description A local priority under a pillar. The ETag starts with the version: send it back in If-Match to change the record.
         */
        get: operations["getPriority"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a Priority
         * @description JSON Merge Patch (RFC 7396): the properties sent are changed, null clears one, the rest are kept. If-Match is required (428 without it, 412 when the record has changed since). The GraphQL mutation updatePriority.
         */
        patch: operations["updatePriority"];
        trace?: never;
    };
    "/api/v1/priorities/{id}/objectives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The objectives of one Priority
         * @description Priority.objectives
         */
        get: operations["listPrioritiesObjectives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priorities/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a Priority
         * @description Archives the record: it leaves the lists but is kept, with its history. If-Match is required. The GraphQL mutation archivePriority.
         */
        post: operations["archivePriority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priorities/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a Priority
         * @description Restores an archived record. If-Match is required. The GraphQL mutation restorePriority.
         */
        post: operations["restorePriority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objectives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List objectives
         * @description A priority's objectives (a row of the delivery plan), with the agencies responsible. The GraphQL query objectives: its filters are the query parameters, with the same names and rules.
         */
        get: operations["listObjectives"];
        put?: never;
        /**
         * Create an Objective
         * @description The GraphQL mutation createObjective: the body is its input.
         */
        post: operations["createObjective"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objectives/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One Objective by ID
         * @description An objective under a priority. The ETag starts with the version: send it back in If-Match to change the record.
         */
        get: operations["getObjective"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an Objective
         * @description JSON Merge Patch (RFC 7396): the properties sent are changed, null clears one, the rest are kept. If-Match is required (428 without it, 412 when the record has changed since). The GraphQL mutation updateObjective.
         */
        patch: operations["updateObjective"];
        trace?: never;
    };
    "/api/v1/objectives/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The actions of one Objective
         * @description Objective.actions
         */
        get: operations["listObjectivesActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objectives/{id}/reprocurements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reprocurements of one Objective
         * @description Reprocurement deadlines listed under this objective.
         */
        get: operations["listObjectivesReprocurements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objectives/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive an Objective
         * @description Archives the record: it leaves the lists but is kept, with its history. If-Match is required. The GraphQL mutation archiveObjective.
         */
        post: operations["archiveObjective"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objectives/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore an Objective
         * @description Restores an archived record. If-Match is required. The GraphQL mutation restoreObjective.
         */
        post: operations["restoreObjective"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objectives/{id}/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make an agency responsible for an Objective
         * @description The GraphQL mutation addObjectiveAgency: the body names the agency (its ID, name, short name or alias).
         */
        post: operations["addObjectiveAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objectives/{id}/agencies/{agencyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an agency's responsibility for an Objective
         * @description The GraphQL mutation removeObjectiveAgency. Answers with the Objective as it is after the change.
         */
        delete: operations["removeObjectiveAgency"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List actions
         * @description The plan's actions: what will be done, by whom, by when, and their progress. The GraphQL query actions: its filters are the query parameters, with the same names and rules.
         */
        get: operations["listActions"];
        put?: never;
        /**
         * Create an Action
         * @description The GraphQL mutation createAction: the body is its input.
         */
        post: operations["createAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One Action by ID
         * @description An action (a bullet of "action/elements") under an objective. The ETag starts with the version: send it back in If-Match to change the record.
         */
        get: operations["getAction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an Action
         * @description JSON Merge Patch (RFC 7396): the properties sent are changed, null clears one, the rest are kept. If-Match is required (428 without it, 412 when the record has changed since). The GraphQL mutation updateAction.
         */
        patch: operations["updateAction"];
        trace?: never;
    };
    "/api/v1/actions/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The progress of one Action
         * @description Every progress update, oldest first (by quarter, then as recorded), withdrawn and corrected ones too (ProgressUpdate.state).
         */
        get: operations["listActionsProgress"];
        put?: never;
        /**
         * Record Progress on an Action
         * @description The GraphQL mutation recordProgress: the body is its input, actionId from the URL; If-Match, when sent, gives expectedVersion.
         */
        post: operations["recordProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions/{id}/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The risks of one Action
         * @description The live risks to this action, highest score first (one statement for all the actions of a request).
         */
        get: operations["listActionsRisks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions/{id}/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agencies of one Action
         * @description The distinct agencies responsible for this action.
         */
        get: operations["listActionsAgencies"];
        put?: never;
        /**
         * Make an agency responsible for an Action
         * @description The GraphQL mutation addActionAgency: the body names the agency (its ID, name, short name or alias).
         */
        post: operations["addActionAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive an Action
         * @description Archives the record: it leaves the lists but is kept, with its history. If-Match is required. The GraphQL mutation archiveAction.
         */
        post: operations["archiveAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore an Action
         * @description Restores an archived record. If-Match is required. The GraphQL mutation restoreAction.
         */
        post: operations["restoreAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions/{id}/agencies/{agencyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an agency's responsibility for an Action
         * @description The GraphQL mutation removeActionAgency. Answers with the Action as it is after the change.
         */
        delete: operations["removeActionAgency"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agencies
         * @description The partner agencies (police, council services, NHS trusts, providers, charities). The GraphQL query agencies: its filters are the query parameters, with the same names and rules.
         */
        get: operations["listAgencies"];
        put?: never;
        /**
         * Create an Agency
         * @description The GraphQL mutation createAgency: the body is its input.
         */
        post: operations["createAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One Agency by ID
         * @description A canonical responsible agency. The plan names agencies in many ways; those are its aliases. The ETag starts with the version: send it back in If-Match to change the record.
         */
        get: operations["getAgency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an Agency
         * @description JSON Merge Patch (RFC 7396): the properties sent are changed, null clears one, the rest are kept. If-Match is required (428 without it, 412 when the record has changed since). The GraphQL mutation updateAgency.
         */
        patch: operations["updateAgency"];
        trace?: never;
    };
    "/api/v1/agencies/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The actions of one Agency
         * @description Actions this agency is responsible for: its objectives' actions and actions assigned to it directly.
         */
        get: operations["listAgenciesActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/objectives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The objectives of one Agency
         * @description Objectives this agency is listed as responsible for.
         */
        get: operations["listAgenciesObjectives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive an Agency
         * @description Archives the record: it leaves the lists but is kept, with its history. If-Match is required. The GraphQL mutation archiveAgency.
         */
        post: operations["archiveAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore an Agency
         * @description Restores an archived record. If-Match is required. The GraphQL mutation restoreAgency.
         */
        post: operations["restoreAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/national-outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List national outcomes
         * @description The national outcomes of the drugs strategy the plan reports against. The GraphQL query nationalOutcomes: its filters are the query parameters, with the same names and rules.
         */
        get: operations["listNationalOutcomes"];
        put?: never;
        /**
         * Create a NationalOutcome
         * @description The GraphQL mutation createNationalOutcome: the body is its input.
         */
        post: operations["createNationalOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/national-outcomes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One NationalOutcome by ID
         * @description One of the six national outcomes of the national drugs strategy, as the local strategy lists it under a pillar. The ETag starts with the version: send it back in If-Match to change the record.
         */
        get: operations["getNationalOutcome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a NationalOutcome
         * @description JSON Merge Patch (RFC 7396): the properties sent are changed, null clears one, the rest are kept. If-Match is required (428 without it, 412 when the record has changed since). The GraphQL mutation updateNationalOutcome.
         */
        patch: operations["updateNationalOutcome"];
        trace?: never;
    };
    "/api/v1/national-outcomes/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The measures of one NationalOutcome
         * @description The local measures of this outcome.
         */
        get: operations["listNationalOutcomesMeasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/national-outcomes/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a NationalOutcome
         * @description Archives the record: it leaves the lists but is kept, with its history. If-Match is required. The GraphQL mutation archiveNationalOutcome.
         */
        post: operations["archiveNationalOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/national-outcomes/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a NationalOutcome
         * @description Restores an archived record. If-Match is required. The GraphQL mutation restoreNationalOutcome.
         */
        post: operations["restoreNationalOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outcome-measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List outcome measures
         * @description The outcomes framework's measures, each with its baseline, targets and observed values. The GraphQL query outcomeMeasures: its filters are the query parameters, with the same names and rules.
         */
        get: operations["listOutcomeMeasures"];
        put?: never;
        /**
         * Create an OutcomeMeasure
         * @description The GraphQL mutation createOutcomeMeasure: the body is its input.
         */
        post: operations["createOutcomeMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outcome-measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One OutcomeMeasure by ID
         * @description A local measure in the outcomes framework. The ETag starts with the version: send it back in If-Match to change the record.
         */
        get: operations["getOutcomeMeasure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an OutcomeMeasure
         * @description JSON Merge Patch (RFC 7396): the properties sent are changed, null clears one, the rest are kept. If-Match is required (428 without it, 412 when the record has changed since). The GraphQL mutation updateOutcomeMeasure.
         */
        patch: operations["updateOutcomeMeasure"];
        trace?: never;
    };
    "/api/v1/outcome-measures/{id}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The values of one OutcomeMeasure
         * @description Baselines, targets and observed values, by period.
         */
        get: operations["listOutcomeMeasuresValues"];
        put?: never;
        /**
         * Record Measure Value on an OutcomeMeasure
         * @description The GraphQL mutation recordMeasureValue: the body is its input, measureId from the URL; If-Match, when sent, gives expectedVersion.
         */
        post: operations["recordMeasureValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outcome-measures/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive an OutcomeMeasure
         * @description Archives the record: it leaves the lists but is kept, with its history. If-Match is required. The GraphQL mutation archiveOutcomeMeasure.
         */
        post: operations["archiveOutcomeMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outcome-measures/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore an OutcomeMeasure
         * @description Restores an archived record. If-Match is required. The GraphQL mutation restoreOutcomeMeasure.
         */
        post: operations["restoreOutcomeMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measure-values/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One MeasureValue by ID
         * @description A baseline, target or observed value of a measure for a period. The ETag starts with the version: send it back in If-Match to change the record.
         */
        get: operations["getMeasureValue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reprocurements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reprocurements
         * @description Commissioned contracts that expire and must be reprocured, with their deadlines. The GraphQL query reprocurements: its filters are the query parameters, with the same names and rules.
         */
        get: operations["listReprocurements"];
        put?: never;
        /**
         * Create a Reprocurement
         * @description The GraphQL mutation createReprocurement: the body is its input.
         */
        post: operations["createReprocurement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reprocurements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One Reprocurement by ID
         * @description A contract that must be reprocured before it expires. The ETag starts with the version: send it back in If-Match to change the record.
         */
        get: operations["getReprocurement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a Reprocurement
         * @description JSON Merge Patch (RFC 7396): the properties sent are changed, null clears one, the rest are kept. If-Match is required (428 without it, 412 when the record has changed since). The GraphQL mutation updateReprocurement.
         */
        patch: operations["updateReprocurement"];
        trace?: never;
    };
    "/api/v1/reprocurements/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a Reprocurement
         * @description Archives the record: it leaves the lists but is kept, with its history. If-Match is required. The GraphQL mutation archiveReprocurement.
         */
        post: operations["archiveReprocurement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reprocurements/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a Reprocurement
         * @description Restores an archived record. If-Match is required. The GraphQL mutation restoreReprocurement.
         */
        post: operations["restoreReprocurement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reprocurements/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set Reprocurement Status on a Reprocurement
         * @description The GraphQL mutation setReprocurementStatus: the body is its input, id from the URL; If-Match is required and gives expectedVersion.
         */
        post: operations["setReprocurementStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/help-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List help services
         * @description Where people get help: the services the partnership publishes. The GraphQL query helpServices: its filters are the query parameters, with the same names and rules.
         */
        get: operations["listHelpServices"];
        put?: never;
        /**
         * Create a HelpService
         * @description The GraphQL mutation createHelpService: the body is its input.
         */
        post: operations["createHelpService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/help-services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One HelpService by ID
         * @description Where to find help: a support service the partnership publishes. The ETag starts with the version: send it back in If-Match to change the record.
         */
        get: operations["getHelpService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a HelpService
         * @description JSON Merge Patch (RFC 7396): the properties sent are changed, null clears one, the rest are kept. If-Match is required (428 without it, 412 when the record has changed since). The GraphQL mutation updateHelpService.
         */
        patch: operations["updateHelpService"];
        trace?: never;
    };
    "/api/v1/help-services/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a HelpService
         * @description Archives the record: it leaves the lists but is kept, with its history. If-Match is required. The GraphQL mutation archiveHelpService.
         */
        post: operations["archiveHelpService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/help-services/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a HelpService
         * @description Restores an archived record. If-Match is required. The GraphQL mutation restoreHelpService.
         */
        post: operations["restoreHelpService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/progress-updates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One ProgressUpdate by ID
         * @description A quarterly progress update on an action. Updates form a series; none is overwritten. The ETag starts with the version: send it back in If-Match to change the record.
         */
        get: operations["getProgressUpdate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/progress-updates/{id}/correct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct Progress Update on a ProgressUpdate
         * @description The GraphQL mutation correctProgressUpdate: the body is its input, id from the URL; If-Match, when sent, gives expectedVersion.
         */
        post: operations["correctProgressUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/progress-updates/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw Progress Update on a ProgressUpdate
         * @description The GraphQL mutation withdrawProgressUpdate: the body is its input, id from the URL; If-Match, when sent, gives expectedVersion.
         */
        post: operations["withdrawProgressUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List rounds
         * @description Reporting rounds: a plan quarter's round, opened with a deadline, signed off per pillar, closed with its snapshot (what the board saw). The GraphQL query rounds: its filters are the query parameters, with the same names and rules.
         */
        get: operations["listRounds"];
        put?: never;
        /**
         * Create a ReportingRound
         * @description The GraphQL mutation openRound: the body is its input.
         */
        post: operations["openRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One ReportingRound by ID
         * @description A reporting round: one quarter of a plan's reporting cycle. The coordinator opens it with a deadline, agencies post their updates, pillar leads sign off their pillars, the coordinator closes it, and its snapshot is what the board saw. The ETag starts with the version: send it back in If-Match to change the record.
         */
        get: operations["getReportingRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/sign-offs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The sign offs of one ReportingRound
         * @description The sign-offs given, in order.
         */
        get: operations["listRoundsSignOffs"];
        put?: never;
        /**
         * Sign Off Pillar on a ReportingRound
         * @description The GraphQL mutation signOffPillar: the body is its input, roundId from the URL.
         */
        post: operations["signOffPillar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close Round on a ReportingRound
         * @description The GraphQL mutation closeRound: the body is its input, roundId from the URL; If-Match, when sent, gives expectedVersion.
         */
        post: operations["closeRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List risks
         * @description Risks to the delivery of actions, scored by likelihood and impact. The GraphQL query risks: its filters are the query parameters, with the same names and rules.
         */
        get: operations["listRisks"];
        put?: never;
        /**
         * Create a Risk
         * @description The GraphQL mutation createRisk: the body is its input.
         */
        post: operations["createRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One Risk by ID
         * @description A risk to the delivery of an action, as a performance scorecard records it: how likely it is and how much it would hurt (1 to 5 each), who owns it and how it is mitigated. The ETag starts with the version: send it back in If-Match to change the record.
         */
        get: operations["getRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a Risk
         * @description JSON Merge Patch (RFC 7396): the properties sent are changed, null clears one, the rest are kept. If-Match is required (428 without it, 412 when the record has changed since). The GraphQL mutation updateRisk.
         */
        patch: operations["updateRisk"];
        trace?: never;
    };
    "/api/v1/risks/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a Risk
         * @description Archives the record: it leaves the lists but is kept, with its history. If-Match is required. The GraphQL mutation archiveRisk.
         */
        post: operations["archiveRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risks/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a Risk
         * @description Restores an archived record. If-Match is required. The GraphQL mutation restoreRisk.
         */
        post: operations["restoreRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What this API serves
         * @description The resources and where the OpenAPI document, its reference page and the GraphQL endpoint are.
         */
        get: operations["index"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change, oldest first
         * @description Changes across the plan: since (inclusive) to until (exclusive), or those of a round (since the last board), optionally of one record type, oldest first.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/history/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of one record, oldest first
         * @description Every change to one record (any global ID), oldest first.
         */
        get: operations["getHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This document
         * @description The OpenAPI 3.1 document of this API (also committed as packages/schema/openapi.json, with TypeScript types beside it).
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A problem type
         * @description What a problem’s `type` names: its code, HTTP status and title.
         */
        get: operations["getProblemType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graphql": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run a GraphQL query (GET)
         * @description The GraphQL API (the schema is packages/schema/schema.graphql, explorable in the playground at /playground). Reads are cached per caller and data revision; a GET answer carries an ETag. A GET runs queries only, and needs apollo-require-preflight (or x-apollo-operation-name): Apollo's CSRF protection refuses a GET a browser could send cross-site.
         */
        get: operations["graphqlGet"];
        put?: never;
        /**
         * Run a GraphQL operation (POST)
         * @description The GraphQL API (the schema is packages/schema/schema.graphql, explorable in the playground at /playground). Reads are cached per caller and data revision; a GET answer carries an ETag. Mutations are POSTed. Errors of a mutation (refused, invalid input, a conflict) are in errors, with their code in extensions.code.
         */
        post: operations["graphqlPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description The process answers (the database is not asked). Never rate limited.
         */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description The database answers and has exactly the migrations this version knows. Never rate limited.
         */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description The metrics in the Prometheus text format, with METRICS=true; with METRICS_PORT they are served on that port only, and this one answers 404. Never rate limited.
         */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** GraphQLError */
        GraphQLError: {
            message: string;
            locations?: {
                line: number;
                column: number;
            }[];
            path?: (string | number)[];
            extensions?: {
                /** @description The stable code (README: "Error codes"). */
                code?: string;
                /** @description The specific failure, when one applies. */
                reason?: string;
            };
        };
        /**
         * GraphQLResponse
         * @description A GraphQL answer (GraphQL over HTTP): data, errors, or both. The front’s own refusals have the same shape, with errors only.
         */
        GraphQLResponse: {
            data?: Record<string, never> | null;
            errors?: components["schemas"]["GraphQLError"][];
            extensions?: Record<string, never>;
        };
        /**
         * Problem
         * @description RFC 9457 problem details. `code` is the same stable code as GraphQL’s extensions.code.
         */
        Problem: {
            /** @description A URI reference naming the kind of problem: GET it for a description. */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong with this request, safe to show. */
            detail: string;
            /**
             * @description The stable code (as extensions.code on GraphQL).
             * @enum {string}
             */
            code: "BAD_USER_INPUT" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "NOT_ACCEPTABLE" | "CONFLICT" | "PRECONDITION_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "PRECONDITION_REQUIRED" | "RATE_LIMITED" | "RESPONSE_TOO_LARGE" | "QUERY_TOO_COMPLEX" | "INTERNAL_SERVER_ERROR" | "SERVICE_UNAVAILABLE" | "REQUEST_TIMEOUT";
            /** @description The specific failure, when one applies (as extensions.reason on GraphQL). */
            reason?: string;
            argument?: string;
            /** @description On a version conflict: the record’s version now. */
            currentVersion?: number;
            /** @description On RATE_LIMITED: seconds to wait. */
            retryAfter?: number;
            /** @description On RESPONSE_TOO_LARGE: the largest answer sent, in bytes. */
            maxBytes?: number;
            /** @description When the request had several problems: each of them (the first decides the status). */
            errors?: {
                detail: string;
                code?: string;
            }[];
            /** @description Each problem with the input: its path, the rule broken and a message. */
            fields?: {
                path: string;
                rule?: string;
                message: string;
            }[];
        };
        /**
         * HelpService
         * @description Where to find help: a support service the partnership publishes.
         */
        HelpService: {
            /** @description Global object ID. */
            id: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Incremented on every change; send it back as expectedVersion when updating. */
            version?: number;
            /**
             * Format: date-time
             * @description Set when the record is archived; archived records are kept.
             */
            archivedAt?: string | null;
            position?: number;
            name?: string;
            /** @description What it offers and to whom, as the plan puts it. */
            description?: string;
            /** @description Who it serves, e.g. "Adults (18+) living in Tower Hamlets". */
            audience?: string | null;
            minAge?: number | null;
            maxAge?: number | null;
            phone?: string | null;
            email?: string | null;
            website?: string | null;
            /** @description Global ID of partnership: The partnership that publishes it. */
            partnershipId?: string;
            partnership?: components["schemas"]["Partnership"];
        };
        /**
         * Partnership
         * @description A Combating Drugs Partnership: the local body that owns a strategy and delivery plans.
         */
        Partnership: {
            /** @description Global object ID. */
            id: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Incremented on every change; send it back as expectedVersion when updating. */
            version?: number;
            /**
             * Format: date-time
             * @description Set when the record is archived; archived records are kept.
             */
            archivedAt?: string | null;
            /** @description e.g. "Tower Hamlets Combating Drugs Partnership". */
            name?: string;
            /** @description The local authority area it covers. */
            area?: string;
            description?: string | null;
            /** @description Global IDs of helpServices: Where to find help. */
            helpServiceIds?: string[];
            /** @description Embedded with expand=helpServices. */
            helpServices?: components["schemas"]["HelpService"][];
        };
        /**
         * Pillar
         * @description One of the three national strategic priorities ("pillars") of From Harm to Hope, as a delivery plan carries it.
         */
        Pillar: {
            /** @description Global object ID. */
            id: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Incremented on every change; send it back as expectedVersion when updating. */
            version?: number;
            /**
             * Format: date-time
             * @description Set when the record is archived; archived records are kept.
             */
            archivedAt?: string | null;
            /** @description 1, 2 or 3. */
            number?: number;
            /** @description The national name, e.g. "Break drug supply chains". */
            name?: string;
            /** @description The heading the delivery plan uses, as written. */
            headingInPlan?: string | null;
            /** @description The strategy's vision statement for this pillar. */
            vision?: string | null;
            /** @description The CDP subgroup that owns this pillar's action plan. */
            subgroup?: string | null;
            /** @description Who leads the pillar for the partnership, e.g. "Head of Community Safety". */
            lead?: string | null;
            /** @description Global ID of carriedFrom: The pillar of the earlier plan this one was carried from (rollOverPlan). */
            carriedFromId?: string | null;
            /** @description Embedded with expand=carriedFrom. */
            carriedFrom?: components["schemas"]["Pillar"] | null;
            /** @description Global ID of plan. */
            planId?: string;
            plan?: components["schemas"]["Plan"];
            /** @description Global IDs of nationalOutcomes: The national outcomes the strategy lists under this pillar. They belong to the strategy, not to a delivery plan: a pillar carried from an earlier plan (rollOverPlan) also has those listed under the pillars it was carried from, the earliest's first. */
            nationalOutcomeIds?: string[];
            /** @description Embedded with expand=nationalOutcomes. */
            nationalOutcomes?: components["schemas"]["NationalOutcome"][];
        };
        /**
         * MeasureValue
         * @description A baseline, target or observed value of a measure for a period.
         */
        MeasureValue: {
            /** @description Global object ID. */
            id: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Incremented on every change; send it back as expectedVersion when updating. */
            version?: number;
            /**
             * Format: date-time
             * @description Set when the record is archived; archived records are kept.
             */
            archivedAt?: string | null;
            /** @enum {string} */
            kind?: "BASELINE" | "TARGET" | "OBSERVED";
            /** @description The period as the source gives it, e.g. "2020-21" or "Jan 2022 to Sep 2023". */
            periodLabel?: string;
            /** Format: date */
            periodStart?: string;
            /** Format: date */
            periodEnd?: string;
            value?: number;
            /** @description What the figure counts, where it differs from the measure. */
            note?: string | null;
            /** @description Where the figure comes from. */
            source?: string | null;
        };
        /**
         * OutcomeMeasure
         * @description A local measure in the outcomes framework.
         */
        OutcomeMeasure: {
            /** @description Global object ID. */
            id: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Incremented on every change; send it back as expectedVersion when updating. */
            version?: number;
            /**
             * Format: date-time
             * @description Set when the record is archived; archived records are kept.
             */
            archivedAt?: string | null;
            position?: number;
            /** @description The measure as written in the strategy. */
            name?: string;
            /** @enum {string} */
            unit?: "COUNT" | "PERCENT" | "RATE_PER_1000" | "DAYS";
            /** @enum {string} */
            direction?: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "CONTEXT_ONLY";
            /** @description Global ID of outcome. */
            outcomeId?: string;
            outcome?: components["schemas"]["NationalOutcome"];
            /** @description Global IDs of values: Baselines, targets and observed values, by period. */
            valueIds?: string[];
            /** @description Embedded with expand=values. */
            values?: components["schemas"]["MeasureValue"][];
            /** @description Global ID of baseline: The latest baseline. */
            baselineId?: string | null;
            /** @description Embedded with expand=baseline. */
            baseline?: components["schemas"]["MeasureValue"] | null;
            /** @description Global ID of latest: The latest observed value. */
            latestId?: string | null;
            /** @description Embedded with expand=latest. */
            latest?: components["schemas"]["MeasureValue"] | null;
        };
        /**
         * NationalOutcome
         * @description One of the six national outcomes of the national drugs strategy, as the local strategy lists it under a pillar.
         */
        NationalOutcome: {
            /** @description Global object ID. */
            id: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Incremented on every change; send it back as expectedVersion when updating. */
            version?: number;
            /**
             * Format: date-time
             * @description Set when the record is archived; archived records are kept.
             */
            archivedAt?: string | null;
            position?: number;
            /** @description e.g. "Reduce drug supply". */
            name?: string;
            /** @description Global ID of plan: The strategy whose outcomes framework lists it. */
            planId?: string;
            plan?: components["schemas"]["Plan"];
            /** @description Global ID of pillar. */
            pillarId?: string | null;
            /** @description Embedded with expand=pillar. */
            pillar?: components["schemas"]["Pillar"] | null;
            /** @description Global IDs of measures: The local measures of this outcome. */
            measureIds?: string[];
            /** @description Embedded with expand=measures. */
            measures?: components["schemas"]["OutcomeMeasure"][];
        };
        /**
         * Plan
         * @description A strategy or an annual delivery plan. Plans are versioned by period, never overwritten.
         */
        Plan: {
            /** @description Global object ID. */
            id: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Incremented on every change; send it back as expectedVersion when updating. */
            version?: number;
            /**
             * Format: date-time
             * @description Set when the record is archived; archived records are kept.
             */
            archivedAt?: string | null;
            /** @enum {string} */
            kind?: "STRATEGY" | "DELIVERY_PLAN";
            /** @description e.g. "Annual Delivery Plan 2024-2025". */
            title?: string;
            /** @description e.g. "2024-25" or "2024-2027". */
            periodLabel?: string;
            /** Format: date */
            periodStart?: string;
            /** Format: date */
            periodEnd?: string;
            /** @description Summary text from the document. */
            summary?: string | null;
            /** @enum {string} */
            status?: "DRAFT" | "AGREED" | "SUPERSEDED";
            /**
             * Format: date
             * @description When the plan was agreed (status AGREED or SUPERSEDED).
             */
            agreedOn?: string | null;
            /** @description The body that agreed the plan, e.g. "CDP Board". */
            agreedBy?: string | null;
            /** @description Global ID of carriedFrom: The plan this one was rolled over from (rollOverPlan). */
            carriedFromId?: string | null;
            /** @description Embedded with expand=carriedFrom. */
            carriedFrom?: components["schemas"]["Plan"] | null;
            /** @description Global ID of partnership. */
            partnershipId?: string;
            partnership?: components["schemas"]["Partnership"];
            /** @description Global ID of strategy: For a delivery plan: the strategy it delivers. */
            strategyId?: string | null;
            /** @description Embedded with expand=strategy. */
            strategy?: components["schemas"]["Plan"] | null;
            /** @description Global IDs of nationalOutcomes: For a strategy: the national outcomes of its outcomes framework. */
            nationalOutcomeIds?: string[];
            /** @description Embedded with expand=nationalOutcomes. */
            nationalOutcomes?: components["schemas"]["NationalOutcome"][];
        };
        /**
         * Priority
         * @description A local priority under a pillar.
         */
        Priority: {
            /** @description Global object ID. */
            id: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Incremented on every change; send it back as expectedVersion when updating. */
            version?: number;
            /**
             * Format: date-time
             * @description Set when the record is archived; archived records are kept.
             */
            archivedAt?: string | null;
            /** @description Order within the pillar, from 1. */
            position?: number;
            /** @description The delivery plan table's title, as written. */
            title?: string;
            /** @description The strategy's name for this priority, where it has one. */
            strategyName?: string | null;
            /** @description The strategy's narrative for this priority. */
            strategyNarrative?: string | null;
            /** @description Global ID of carriedFrom: The priority of the earlier plan this one was carried from (rollOverPlan). */
            carriedFromId?: string | null;
            /** @description Embedded with expand=carriedFrom. */
            carriedFrom?: components["schemas"]["Priority"] | null;
            /** @description Global ID of pillar. */
            pillarId?: string;
            pillar?: components["schemas"]["Pillar"];
        };
        /**
         * Agency
         * @description A canonical responsible agency. The plan names agencies in many ways; those are its aliases.
         */
        Agency: {
            /** @description Global object ID. */
            id: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Incremented on every change; send it back as expectedVersion when updating. */
            version?: number;
            /**
             * Format: date-time
             * @description Set when the record is archived; archived records are kept.
             */
            archivedAt?: string | null;
            /** @description Canonical name, e.g. "Metropolitan Police Service". */
            name?: string;
            /** @description Short name, e.g. "MPS". */
            shortName?: string | null;
            /** @enum {string} */
            kind?: "ORGANISATION" | "COUNCIL_SERVICE" | "PARTNERSHIP_GROUP" | "ROLE";
            description?: string | null;
            /** @description The agency's contact for the plan (its lead): who a reporting round's chase list goes to. Shown only to callers with an API key; null for callers without one. */
            contactName?: string | null;
            /** @description The contact's email address; shown only to callers with an API key. */
            contactEmail?: string | null;
            /** @description The contact's telephone number (UK); shown only to callers with an API key. */
            contactPhone?: string | null;
            /** @description Global ID of mergedInto: The agency this one was merged into (it is then archived). */
            mergedIntoId?: string | null;
            /** @description Embedded with expand=mergedInto. */
            mergedInto?: components["schemas"]["Agency"] | null;
            /** @description Every other name the plan or partners use for this agency. */
            aliases?: string[];
        };
        /**
         * RoundSignOff
         * @description A pillar lead's (or the coordinator's) sign-off of a pillar's updates in a reporting round.
         */
        RoundSignOff: {
            /** @description Global object ID. */
            id: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Incremented on every change; send it back as expectedVersion when updating. */
            version?: number;
            /**
             * Format: date-time
             * @description Set when the record is archived; archived records are kept.
             */
            archivedAt?: string | null;
            /** @description Who signed off (the API key). */
            signedOffBy?: string;
            /** Format: date-time */
            signedOffAt?: string;
            note?: string | null;
            /** @description Global ID of round. */
            roundId?: string;
            round?: components["schemas"]["ReportingRound"];
            /** @description Global ID of pillar. */
            pillarId?: string;
            pillar?: components["schemas"]["Pillar"];
        };
        /**
         * ReportingRound
         * @description A reporting round: one quarter of a plan's reporting cycle. The coordinator opens it with a deadline, agencies post their updates, pillar leads sign off their pillars, the coordinator closes it, and its snapshot is what the board saw.
         */
        ReportingRound: {
            /** @description Global object ID. */
            id: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Incremented on every change; send it back as expectedVersion when updating. */
            version?: number;
            /**
             * Format: date-time
             * @description Set when the record is archived; archived records are kept.
             */
            archivedAt?: string | null;
            /** @description The first calendar year of the financial year: 2024 for 2024-25. */
            financialYear?: number;
            /** @description Financial-year quarter: 1 is April to June, 4 is January to March. */
            quarter?: number;
            /** @description e.g. "2024-25 Q2". */
            quarterLabel?: string;
            /** @enum {string} */
            status?: "OPEN" | "CLOSED";
            /**
             * Format: date
             * @description The last day for submissions; an update after it is marked late (AFTER_DEADLINE) but accepted while the round is open.
             */
            deadline?: string;
            /** @enum {string} */
            latePolicy?: "REFUSE" | "RECORD_LATE";
            /**
             * Format: date-time
             * @description When the round was opened.
             */
            openedAt?: string;
            /** @description Who opened it (the API key). */
            openedBy?: string;
            /** Format: date-time */
            closedAt?: string | null;
            closedBy?: string | null;
            /** @description The round's key, e.g. "2024-25Q2": accepted wherever a round is asked for. */
            key?: string;
            /** @description Global ID of plan. */
            planId?: string;
            plan?: components["schemas"]["Plan"];
            /** @description Global IDs of signOffs: The sign-offs given, in order. */
            signOffIds?: string[];
            /** @description Embedded with expand=signOffs. */
            signOffs?: components["schemas"]["RoundSignOff"][];
            /** @description Every live pillar of the plan, in order, and whether it is signed off in this round. */
            pillars?: {
                /** @description Global ID of pillar. */
                pillarId: string;
                signedOff: boolean;
                /** @description Global ID of signOff. */
                signOffId: string | null;
            }[];
        };
        /**
         * ProgressUpdate
         * @description A quarterly progress update on an action. Updates form a series; none is overwritten.
         */
        ProgressUpdate: {
            /** @description Global object ID. */
            id: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Incremented on every change; send it back as expectedVersion when updating. */
            version?: number;
            /**
             * Format: date-time
             * @description Set when the record is archived; archived records are kept.
             */
            archivedAt?: string | null;
            /** @description The first calendar year of the financial year: 2024 for 2024-25. */
            financialYear?: number;
            /** @description Financial-year quarter: 1 is April to June, 4 is January to March. */
            quarter?: number;
            /** @description e.g. "2024-25 Q1". */
            quarterLabel?: string;
            /** Format: date */
            periodStart?: string;
            /** Format: date */
            periodEnd?: string;
            /** @enum {string} */
            status?: "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "COMPLETED" | "CANCELLED";
            /** @enum {string} */
            rag?: "RED" | "AMBER" | "GREEN";
            /** @description 0 to 100, where it fits. */
            percentComplete?: number | null;
            commentary?: string;
            /**
             * @description How late it was for its quarter's reporting round: AFTER_DEADLINE (posted after the deadline, while the round was open) or AFTER_CLOSE (a late correction after the round closed, not in its snapshot); null when on time or when the plan uses no rounds.
             * @enum {string|null}
             */
            late?: "AFTER_DEADLINE" | "AFTER_CLOSE" | null;
            /** @description Why this update corrects another (correctionOf): the reason given to correctProgressUpdate. */
            correctionReason?: string | null;
            /**
             * Format: date-time
             * @description When a correction replaced this update (correctedBy).
             */
            correctedAt?: string | null;
            /**
             * Format: date-time
             * @description When the update was withdrawn (withdrawProgressUpdate); its values are kept.
             */
            withdrawnAt?: string | null;
            /** @description Why the update was withdrawn. */
            withdrawnReason?: string | null;
            /** @description Who reported it: the name of the API key that recorded the update (a partner system, usually named after its agency) and the key's prefix. Shown only to callers with an API key; null for callers without one. */
            reportedBy?: string | null;
            /** @description Global ID of agency: The responsible agency the update is for; null for an update on the action as a whole (seeded and earlier updates, or one an admin or pillar lead recorded without an agency). */
            agencyId?: string | null;
            /** @description Embedded with expand=agency. */
            agency?: components["schemas"]["Agency"] | null;
            /**
             * @description CURRENT while the update counts; CORRECTED or WITHDRAWN once set aside (it stays in the series).
             * @enum {string}
             */
            state?: "CURRENT" | "CORRECTED" | "WITHDRAWN";
            /** @description Global ID of correctionOf: The update this one corrects (correctProgressUpdate); null for an update that corrects none. */
            correctionOfId?: string | null;
            /** @description Embedded with expand=correctionOf. */
            correctionOf?: components["schemas"]["ProgressUpdate"] | null;
            /** @description Global ID of correctedBy: The correction that replaced this update; null while it is not corrected. */
            correctedById?: string | null;
            /** @description Embedded with expand=correctedBy. */
            correctedBy?: components["schemas"]["ProgressUpdate"] | null;
            /** @description Who withdrew the update (the API key's name and prefix, as reportedBy); null while it is not withdrawn, and for callers without an API key. */
            withdrawnBy?: string | null;
            /** @description Global ID of action. */
            actionId?: string;
            action?: components["schemas"]["Action"];
            /** @description Global ID of round: The reporting round it was posted in; null when its plan used no rounds then. */
            roundId?: string | null;
            /** @description Embedded with expand=round. */
            round?: components["schemas"]["ReportingRound"] | null;
        };
        /**
         * Risk
         * @description A risk to the delivery of an action, as a performance scorecard records it: how likely it is and how much it would hurt (1 to 5 each), who owns it and how it is mitigated.
         */
        Risk: {
            /** @description Global object ID. */
            id: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Incremented on every change; send it back as expectedVersion when updating. */
            version?: number;
            /**
             * Format: date-time
             * @description Set when the record is archived; archived records are kept.
             */
            archivedAt?: string | null;
            /** @description What might happen, and its effect on the action. */
            description?: string;
            /** @description How likely it is, from 1 (rare) to 5 (almost certain). */
            likelihood?: number;
            /** @description How much it would hurt the action, from 1 (negligible) to 5 (severe). */
            impact?: number;
            /** @description What is done to make it less likely or less harmful. */
            mitigation?: string | null;
            /** @enum {string} */
            status?: "OPEN" | "CLOSED";
            /** @description likelihood × impact, from 1 to 25: the figure risks are ranked and filtered by. */
            score?: number;
            /** @description Global ID of action: The action the risk threatens. */
            actionId?: string;
            action?: components["schemas"]["Action"];
            /** @description Global ID of ownerAgency: The agency that owns the risk; null until one is named. */
            ownerAgencyId?: string | null;
            /** @description Embedded with expand=ownerAgency. */
            ownerAgency?: components["schemas"]["Agency"] | null;
        };
        /**
         * Action
         * @description An action (a bullet of "action/elements") under an objective.
         */
        Action: {
            /** @description Global object ID. */
            id: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Incremented on every change; send it back as expectedVersion when updating. */
            version?: number;
            /**
             * Format: date-time
             * @description Set when the record is archived; archived records are kept.
             */
            archivedAt?: string | null;
            /** @description Order within the objective, from 1. */
            position?: number;
            /** @description The action as written in the plan. */
            text?: string;
            /** @description A funding condition the text states, e.g. "MOPAC funding dependent". */
            fundingCondition?: string | null;
            /** @description A target the text states, e.g. "Increase number of placements on offer to 50". */
            target?: string | null;
            /** @description A duration the text states, in months (e.g. "12-month"). */
            durationMonths?: number | null;
            /**
             * Format: date
             * @description When the action is due; the plan year end unless set.
             */
            dueDate?: string | null;
            /** @enum {string} */
            status?: "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "COMPLETED" | "CANCELLED";
            /** @description Global ID of carriedFrom: The action of the earlier plan this one was carried from (rollOverPlan). */
            carriedFromId?: string | null;
            /** @description Embedded with expand=carriedFrom. */
            carriedFrom?: components["schemas"]["Action"] | null;
            /** @description Global ID of objective. */
            objectiveId?: string;
            objective?: components["schemas"]["Objective"];
            /** @description Global ID of priority: Shortcut for objective.priority. */
            priorityId?: string;
            priority?: components["schemas"]["Priority"];
            /** @description Global ID of pillar: Shortcut for objective.priority.pillar. */
            pillarId?: string;
            pillar?: components["schemas"]["Pillar"];
            /** @description The objective row's agencies, then any recorded on this action. */
            responsibilities?: {
                /** @description Global ID of agency. */
                agencyId: string;
                /** @description The wording the plan used, e.g. "LBTH ASC," or "Metropolitan Police Service (MPS)". */
                asWritten: string | null;
                /** @enum {string} */
                source: "OBJECTIVE" | "ACTION";
            }[];
            /** @description Global IDs of agencies: The distinct agencies responsible for this action. */
            agencyIds?: string[];
            /** @description Embedded with expand=agencies. */
            agencies?: components["schemas"]["Agency"][];
            /** @description Global ID of latestProgress: The latest progress update that counts (state CURRENT: withdrawn and corrected ones do not): of the latest quarter reported on, the last recorded (a correction in the place of the update it corrects). */
            latestProgressId?: string | null;
            /** @description Embedded with expand=latestProgress. */
            latestProgress?: components["schemas"]["ProgressUpdate"] | null;
            /** @description Global ID of leadAgency: The lead agency: once it has posted for a quarter, its RAG is the action's quarter RAG (quarterRag). */
            leadAgencyId?: string | null;
            /** @description Embedded with expand=leadAgency. */
            leadAgency?: components["schemas"]["Agency"] | null;
            /** @description Global IDs of progress: Every progress update, oldest first (by quarter, then as recorded), withdrawn and corrected ones too (ProgressUpdate.state). */
            progressIds?: string[];
            /** @description Embedded with expand=progress. */
            progress?: components["schemas"]["ProgressUpdate"][];
            /** @description Global IDs of risks: The live risks to this action, highest score first (one statement for all the actions of a request). */
            riskIds?: string[];
            /** @description Embedded with expand=risks. */
            risks?: components["schemas"]["Risk"][];
        };
        /**
         * Reprocurement
         * @description A contract that must be reprocured before it expires.
         */
        Reprocurement: {
            /** @description Global object ID. */
            id: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Incremented on every change; send it back as expectedVersion when updating. */
            version?: number;
            /**
             * Format: date-time
             * @description Set when the record is archived; archived records are kept.
             */
            archivedAt?: string | null;
            /** @description The service, e.g. "Needle exchange supplies". */
            service?: string;
            /** @description The current supplier, where the plan names one. */
            supplier?: string | null;
            /**
             * Format: date
             * @description When the current contract expires.
             */
            expiryDate?: string;
            /** @enum {string} */
            status?: "NOT_STARTED" | "IN_PROGRESS" | "AWARDED" | "EXTENDED" | "CANCELLED";
            /** @description The deadline as the plan wrote it. */
            asWritten?: string | null;
            /** @description Still open (not started or in progress) and past its expiry date on asOf (default: the list's filter.asOf, else today). */
            overdue?: boolean;
            /** @description Days from asOf (default: the list's filter.asOf, else today) to the expiry date; negative once expired. */
            daysUntilExpiry?: number;
            /** @description Global ID of objective. */
            objectiveId?: string;
            objective?: components["schemas"]["Objective"];
            /** @description Global ID of action: The plan bullet this deadline was written as. */
            actionId?: string | null;
            /** @description Embedded with expand=action. */
            action?: components["schemas"]["Action"] | null;
            /** @description Global ID of agency: The agency responsible for reprocuring it. */
            agencyId?: string | null;
            /** @description Embedded with expand=agency. */
            agency?: components["schemas"]["Agency"] | null;
        };
        /**
         * Objective
         * @description An objective under a priority.
         */
        Objective: {
            /** @description Global object ID. */
            id: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Incremented on every change; send it back as expectedVersion when updating. */
            version?: number;
            /**
             * Format: date-time
             * @description Set when the record is archived; archived records are kept.
             */
            archivedAt?: string | null;
            /** @description Order within the priority, from 1. */
            position?: number;
            /** @description The objective as written in the plan. */
            text?: string;
            /** @description Sub-points listed under the objective, as written (often empty). */
            subPoints?: string[];
            /** @description Global ID of carriedFrom: The objective of the earlier plan this one was carried from (rollOverPlan). */
            carriedFromId?: string | null;
            /** @description Embedded with expand=carriedFrom. */
            carriedFrom?: components["schemas"]["Objective"] | null;
            /** @description Global ID of priority. */
            priorityId?: string;
            priority?: components["schemas"]["Priority"];
            /** @description The responsible agencies as the plan lists them on this objective row, in order. */
            responsibilities?: {
                /** @description Global ID of agency. */
                agencyId: string;
                /** @description The wording the plan used, e.g. "LBTH ASC," or "Metropolitan Police Service (MPS)". */
                asWritten: string | null;
                /** @enum {string} */
                source: "OBJECTIVE" | "ACTION";
            }[];
            /** @description Global IDs of agencies: The distinct responsible agencies. */
            agencyIds?: string[];
            /** @description Embedded with expand=agencies. */
            agencies?: components["schemas"]["Agency"][];
            /** @description Global IDs of reprocurements: Reprocurement deadlines listed under this objective. */
            reprocurementIds?: string[];
            /** @description Embedded with expand=reprocurements. */
            reprocurements?: components["schemas"]["Reprocurement"][];
        };
        /**
         * AuditEntry
         * @description A change to one record: who, when, what, and each field before and after.
         */
        AuditEntry: {
            id: string;
            /**
             * Format: date-time
             * @description When the change was committed.
             */
            at?: string;
            /** @enum {string} */
            actorKind?: "SYSTEM" | "ANONYMOUS" | "API_KEY";
            /** @description Who made the change (an API key id once access control is on). */
            actorId?: string;
            actorName?: string;
            /** @description The request that made the change. */
            requestId?: string;
            /** @description The mutation that made the change, e.g. "updateAction". */
            mutation?: string;
            /** @enum {string} */
            operation?: "CREATE" | "UPDATE" | "ARCHIVE" | "RESTORE" | "LINK" | "UNLINK" | "MERGE" | "AMEND" | "DENIED";
            /** @description The type of the record, e.g. "Action". */
            entityType?: string;
            /** @description Global ID of the record changed. */
            recordId?: string;
            /** @description The record's version after the change. */
            version?: number | null;
            changes?: {
                field: string;
                before: unknown;
                after: unknown;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    planCsv: {
        parameters: {
            query?: {
                /** @description Only actions of this plan. */
                planId?: string;
                /** @description Only actions under this pillar. */
                pillarId?: string;
                /** @description Only actions under this priority. */
                priorityId?: string;
                /** @description Only actions of this objective. */
                objectiveId?: string;
                /** @description Only actions this agency is responsible for (through the objective or the action): its ID, name, short name or any alias, case-insensitive. */
                agency?: string;
                /** @description Only actions with one of these statuses. */
                status?: ("NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "COMPLETED" | "CANCELLED")[];
                /**
                 * @description Only actions whose text contains this, case-insensitive.
                 * @example naloxone
                 */
                search?: string;
                /** @description wide: a row per action; long: a row per action and agency. */
                form?: "wide" | "long";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan as CSV. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description attachment, with a file name. */
                    "content-disposition"?: string;
                    /**
                     * @description How many records the feed holds.
                     * @example 3
                     */
                    "x-total-count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    planXlsx: {
        parameters: {
            query?: {
                /** @description Only actions of this plan. */
                planId?: string;
                /**
                 * @description Only actions under this pillar.
                 * @example UGlsbGFyOjI=
                 */
                pillarId?: string;
                /** @description Only actions under this priority. */
                priorityId?: string;
                /** @description Only actions of this objective. */
                objectiveId?: string;
                /** @description Only actions this agency is responsible for (through the objective or the action): its ID, name, short name or any alias, case-insensitive. */
                agency?: string;
                /** @description Only actions with one of these statuses. */
                status?: ("NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "COMPLETED" | "CANCELLED")[];
                /** @description Only actions whose text contains this, case-insensitive. */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description attachment, with a file name. */
                    "content-disposition"?: string;
                    /**
                     * @description How many records the feed holds.
                     * @example 64
                     */
                    "x-total-count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reprocurementsIcs: {
        parameters: {
            query?: {
                /** @description Only open contracts (not started or in progress) expiring from asOf to asOf + this many days. */
                dueWithinDays?: number;
                /** @description true: only open contracts already expired before asOf; false: only those that are not. */
                overdue?: boolean;
                /** @description The date to measure from, default today: it also sets the listed contracts' overdue and daysUntilExpiry (unless those fields are given their own asOf). */
                asOf?: string;
                status?: ("NOT_STARTED" | "IN_PROGRESS" | "AWARDED" | "EXTENDED" | "CANCELLED")[];
                /** @description Months before the expiry that the reminder fires (0: none). */
                alarmMonths?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description attachment, with a file name. */
                    "content-disposition"?: string;
                    /**
                     * @description How many records the feed holds.
                     * @example 5
                     */
                    "x-total-count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    helpServicesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The help services as CSV. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description attachment, with a file name. */
                    "content-disposition"?: string;
                    /**
                     * @description How many records the feed holds.
                     * @example 3
                     */
                    "x-total-count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    roundChaseList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The round's ID, or its key: "2024-25Q2".
                 * @example UmVwb3J0aW5nUm91bmQ6MQ==
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chase list. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    roundChaseListCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The round's ID, or its key: "2024-25Q2".
                 * @example 2024-25Q3
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chase list as CSV. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description attachment, with a file name. */
                    "content-disposition"?: string;
                    /**
                     * @description How many records the feed holds.
                     * @example 620
                     */
                    "x-total-count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    roundSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The round's ID, or its key: "2024-25Q2".
                 * @example UmVwb3J0aW5nUm91bmQ6MQ==
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot (PlanSnapshot). */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    roundDiff: {
        parameters: {
            query?: {
                /**
                 * @description The earlier end: a round (its ID or key, e.g. "2024-25Q1") or a plan's ID.
                 * @example UGxhbjoy
                 */
                from?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The round's ID, or its key: "2024-25Q2".
                 * @example 2024-25Q3
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The differences (PlanDiffResult). */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    roundReportHtml: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The round's ID, or its key: "2024-25Q2".
                 * @example UmVwb3J0aW5nUm91bmQ6MQ==
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The board report pack. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description inline, with the pack's file name (e.g. tower-hamlets-cdp-2024-25-q2-board-pack.html). */
                    "content-disposition"?: string;
                    /** @description true: built from live data (the round is OPEN). */
                    "x-board-pack-draft"?: "true" | "false";
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    roundReportPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The round's ID, or its key: "2024-25Q2".
                 * @example UmVwb3J0aW5nUm91bmQ6MQ==
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The board report pack. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /**
                     * @description attachment, with the pack's file name (e.g. tower-hamlets-cdp-2024-25-q2-board-pack.pdf).
                     * @example attachment; filename="tower-hamlets-cdp-2024-25-q3-board-pack.pdf"
                     */
                    "content-disposition"?: string;
                    /** @description true: built from live data (the round is OPEN). */
                    "x-board-pack-draft"?: "true" | "false";
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (SERVICE_UNAVAILABLE, REQUEST_TIMEOUT). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    roundReportMd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The round's ID, or its key: "2024-25Q2".
                 * @example 2024-25Q3
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The board report pack. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description attachment, with the pack's file name (e.g. tower-hamlets-cdp-2024-25-q2-board-pack.md). */
                    "content-disposition"?: string;
                    /** @description true: built from live data (the round is OPEN). */
                    "x-board-pack-draft"?: "true" | "false";
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlans: {
        parameters: {
            query?: {
                kind?: "STRATEGY" | "DELIVERY_PLAN";
                /** @description e.g. "2024-25". */
                periodLabel?: string;
                status?: "DRAFT" | "AGREED" | "SUPERSEDED";
                /** @description Page size (0 to 100). */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, kind, title, periodLabel, periodStart, periodEnd, summary, status, agreedOn, agreedBy, carriedFromId, partnershipId, strategyId, nationalOutcomeIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, partnership, strategy, nationalOutcomes. */
                expand?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 2
                     */
                    "x-total-count"?: number;
                    /** @description RFC 8288: the next page, when there is one (rel="next"). */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Plan"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["Plan"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPlan: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, kind, title, periodLabel, periodStart, periodEnd, summary, status, agreedOn, agreedBy, carriedFromId, partnershipId, strategyId, nationalOutcomeIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, partnership, strategy, nationalOutcomes. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example plan-2026-27
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A new plan, DRAFT: a strategy, or a delivery plan (of a strategy). */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "STRATEGY" | "DELIVERY_PLAN";
                    /** @description e.g. "Annual Delivery Plan 2025-2026". */
                    title: string;
                    /** @description e.g. "2025-26" or "2024-2027"; unique per kind. */
                    periodLabel: string;
                    /** Format: date */
                    periodStart: string;
                    /**
                     * Format: date
                     * @description On or after periodStart.
                     */
                    periodEnd: string;
                    /** @description For a delivery plan: the strategy it delivers. */
                    strategyId?: string | null;
                    summary?: string | null;
                };
            };
        };
        responses: {
            /** @description Created. Location names the new Plan. */
            201: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    /**
                     * @description The URL of the new record.
                     * @example /api/v1/plans/UGxhbjo0
                     */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlan: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, kind, title, periodLabel, periodStart, periodEnd, summary, status, agreedOn, agreedBy, carriedFromId, partnershipId, strategyId, nationalOutcomeIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, partnership, strategy, nationalOutcomes. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Plan.
                 * @example UGxhbjoy
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Plan. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePlan: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, kind, title, periodLabel, periodStart, periodEnd, summary, status, agreedOn, agreedBy, carriedFromId, partnershipId, strategyId, nationalOutcomeIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, partnership, strategy, nationalOutcomes. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example plan-2025-26-summary
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v1"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Plan.
                 * @example UGxhbjoz
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Fields to change; omitted fields are left as they are, null clears an optional field. */
        requestBody: {
            content: {
                "application/merge-patch+json": {
                    title?: string | null;
                    summary?: string | null;
                };
                "application/json": {
                    title?: string | null;
                    summary?: string | null;
                };
            };
        };
        responses: {
            /** @description The Plan as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlansPillars: {
        parameters: {
            query?: {
                /** @description Page size (0 to 100). */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, number, name, headingInPlan, vision, subgroup, lead, carriedFromId, planId, nationalOutcomeIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, plan, nationalOutcomes. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Plan.
                 * @example UGxhbjoy
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 3
                     */
                    "x-total-count"?: number;
                    /** @description RFC 8288: the next page, when there is one (rel="next"). */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Pillar"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["Pillar"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlansNationalOutcomes: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, planId, pillarId, measureIds.
                 * @example name
                 */
                fields?: string;
                /** @description Comma-separated related records to embed: plan, pillar, measures. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Plan.
                 * @example UGxhbjox
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection. Accept: application/x-ndjson streams it as one record per line. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 6
                     */
                    "x-total-count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["NationalOutcome"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                    };
                    "application/x-ndjson": components["schemas"]["NationalOutcome"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    agreePlan: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, kind, title, periodLabel, periodStart, periodEnd, summary, status, agreedOn, agreedBy, carriedFromId, partnershipId, strategyId, nationalOutcomeIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, partnership, strategy, nationalOutcomes. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example plan-2025-26-agreed
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v2"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Plan.
                 * @example UGxhbjoz
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Records that a DRAFT plan was agreed: when, and by which body. Its wording is then locked. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description The date of the meeting that agreed it.
                     */
                    agreedOn: string;
                    /** @description The body that agreed it, e.g. "CDP Board". */
                    agreedBy: string;
                };
            };
        };
        responses: {
            /** @description The Plan as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rollOverPlan: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, kind, title, periodLabel, periodStart, periodEnd, summary, status, agreedOn, agreedBy, carriedFromId, partnershipId, strategyId, nationalOutcomeIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, partnership, strategy, nationalOutcomes. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example roll-over-2025-26
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Global ID of the Plan.
                 * @example UGxhbjoy
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description A new DRAFT delivery plan for the next period, carried from an existing one: its pillars, priorities and objectives, and its actions that are not COMPLETED or CANCELLED. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. "2025-26". */
                    periodLabel: string;
                    /**
                     * Format: date
                     * @description After the period of the plan carried from.
                     */
                    periodStart: string;
                    /**
                     * Format: date
                     * @description On or after periodStart.
                     */
                    periodEnd: string;
                    /** @description Default: "Annual Delivery Plan <periodLabel>". */
                    title?: string | null;
                };
            };
        };
        responses: {
            /** @description The Plan as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPillars: {
        parameters: {
            query?: {
                planId?: string;
                /** @description Page size (0 to 100). */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, number, name, headingInPlan, vision, subgroup, lead, carriedFromId, planId, nationalOutcomeIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, plan, nationalOutcomes. */
                expand?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 3
                     */
                    "x-total-count"?: number;
                    /** @description RFC 8288: the next page, when there is one (rel="next"). */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Pillar"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["Pillar"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPillar: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, number, name, headingInPlan, vision, subgroup, lead, carriedFromId, planId, nationalOutcomeIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, plan, nationalOutcomes. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example pillar-alcohol
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The delivery plan the pillar belongs to. */
                    planId: string;
                    /** @description Its number in the plan, from 1; unique within the plan. */
                    number: number;
                    /** @description The national name, e.g. "Break drug supply chains". */
                    name: string;
                    /** @description The heading the delivery plan uses. */
                    headingInPlan?: string | null;
                    /** @description The strategy's vision statement for this pillar. */
                    vision?: string | null;
                    /** @description The CDP subgroup that owns this pillar's action plan. */
                    subgroup?: string | null;
                    /** @description Who leads the pillar for the partnership. */
                    lead?: string | null;
                };
            };
        };
        responses: {
            /** @description Created. Location names the new Pillar. */
            201: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    /**
                     * @description The URL of the new record.
                     * @example /api/v1/pillars/UGlsbGFyOjQ%3D
                     */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pillar"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPillar: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, number, name, headingInPlan, vision, subgroup, lead, carriedFromId, planId, nationalOutcomeIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, plan, nationalOutcomes. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Pillar.
                 * @example UGlsbGFyOjI=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Pillar. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pillar"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePillar: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, number, name, headingInPlan, vision, subgroup, lead, carriedFromId, planId, nationalOutcomeIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, plan, nationalOutcomes. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example pillar-alcohol-vision
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v1"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Pillar.
                 * @example UGlsbGFyOjQ=
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Fields to change; omitted fields are left as they are, null clears an optional field. */
        requestBody: {
            content: {
                "application/merge-patch+json": {
                    name?: string | null;
                    headingInPlan?: string | null;
                    vision?: string | null;
                    subgroup?: string | null;
                    lead?: string | null;
                };
                "application/json": {
                    name?: string | null;
                    headingInPlan?: string | null;
                    vision?: string | null;
                    subgroup?: string | null;
                    lead?: string | null;
                };
            };
        };
        responses: {
            /** @description The Pillar as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pillar"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPillarsPriorities: {
        parameters: {
            query?: {
                /**
                 * @description Page size (0 to 100).
                 * @example 2
                 */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, title, strategyName, strategyNarrative, carriedFromId, pillarId. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, pillar. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Pillar.
                 * @example UGlsbGFyOjI=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 4
                     */
                    "x-total-count"?: number;
                    /**
                     * @description RFC 8288: the next page, when there is one (rel="next").
                     * @example </api/v1/pillars/UGlsbGFyOjI=/priorities?first=2&after=b2Zmc2V0OjE%3D>; rel="next"
                     */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Priority"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["Priority"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPillarsNationalOutcomes: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, planId, pillarId, measureIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: plan, pillar, measures. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Pillar.
                 * @example UGlsbGFyOjI=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection. Accept: application/x-ndjson streams it as one record per line. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 2
                     */
                    "x-total-count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["NationalOutcome"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                    };
                    "application/x-ndjson": components["schemas"]["NationalOutcome"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archivePillar: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, number, name, headingInPlan, vision, subgroup, lead, carriedFromId, planId, nationalOutcomeIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, plan, nationalOutcomes. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example pillar-alcohol-archive
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v2"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Pillar.
                 * @example UGlsbGFyOjQ=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Pillar after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pillar"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restorePillar: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, number, name, headingInPlan, vision, subgroup, lead, carriedFromId, planId, nationalOutcomeIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, plan, nationalOutcomes. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example pillar-alcohol-restore
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v3"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Pillar.
                 * @example UGlsbGFyOjQ=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Pillar after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pillar"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPriorities: {
        parameters: {
            query?: {
                planId?: string;
                /** @example UGlsbGFyOjI= */
                pillarId?: string;
                /** @description Page size (0 to 100). */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /**
                 * @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, title, strategyName, strategyNarrative, carriedFromId, pillarId.
                 * @example title,position
                 */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, pillar. */
                expand?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 4
                     */
                    "x-total-count"?: number;
                    /** @description RFC 8288: the next page, when there is one (rel="next"). */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Priority"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["Priority"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPriority: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, title, strategyName, strategyNarrative, carriedFromId, pillarId. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, pillar. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example priority-night-time-economy
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The pillar the priority belongs to. */
                    pillarId: string;
                    /** @description The delivery plan table's title. */
                    title: string;
                    /** @description The strategy's name for this priority, where it differs. */
                    strategyName?: string | null;
                    /** @description The strategy's narrative for this priority. */
                    strategyNarrative?: string | null;
                    /** @description Place within the pillar, from 1; default last. */
                    position?: number | null;
                };
            };
        };
        responses: {
            /** @description Created. Location names the new Priority. */
            201: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    /**
                     * @description The URL of the new record.
                     * @example /api/v1/priorities/UHJpb3JpdHk6MTI%3D
                     */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Priority"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPriority: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, title, strategyName, strategyNarrative, carriedFromId, pillarId. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, pillar. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Priority.
                 * @example UHJpb3JpdHk6Nw==
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Priority. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Priority"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePriority: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, title, strategyName, strategyNarrative, carriedFromId, pillarId. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, pillar. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example priority-night-time-economy-name
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v1"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Priority.
                 * @example UHJpb3JpdHk6MTI=
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Fields to change; omitted fields are left as they are, null clears an optional field. */
        requestBody: {
            content: {
                "application/merge-patch+json": {
                    title?: string | null;
                    strategyName?: string | null;
                    strategyNarrative?: string | null;
                    position?: number | null;
                };
                "application/json": {
                    title?: string | null;
                    strategyName?: string | null;
                    strategyNarrative?: string | null;
                    position?: number | null;
                };
            };
        };
        responses: {
            /** @description The Priority as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Priority"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPrioritiesObjectives: {
        parameters: {
            query?: {
                /** @description Page size (0 to 100). */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, subPoints, carriedFromId, priorityId, responsibilities, agencyIds, reprocurementIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, priority, agencies, reprocurements. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Priority.
                 * @example UHJpb3JpdHk6Nw==
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 5
                     */
                    "x-total-count"?: number;
                    /** @description RFC 8288: the next page, when there is one (rel="next"). */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Objective"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["Objective"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archivePriority: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, title, strategyName, strategyNarrative, carriedFromId, pillarId. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, pillar. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example priority-night-time-economy-archive
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v2"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Priority.
                 * @example UHJpb3JpdHk6MTI=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Priority after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Priority"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restorePriority: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, title, strategyName, strategyNarrative, carriedFromId, pillarId. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, pillar. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example priority-night-time-economy-restore
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v3"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Priority.
                 * @example UHJpb3JpdHk6MTI=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Priority after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Priority"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listObjectives: {
        parameters: {
            query?: {
                planId?: string;
                pillarId?: string;
                priorityId?: string;
                /**
                 * @description Only objectives this agency is responsible for: its ID, name, short name or any alias.
                 * @example RESET
                 */
                agency?: string;
                /**
                 * @description Page size (0 to 100).
                 * @example 2
                 */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, subPoints, carriedFromId, priorityId, responsibilities, agencyIds, reprocurementIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, priority, agencies, reprocurements. */
                expand?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 15
                     */
                    "x-total-count"?: number;
                    /**
                     * @description RFC 8288: the next page, when there is one (rel="next").
                     * @example </api/v1/objectives?agency=RESET&first=2&after=b2Zmc2V0OjE%3D>; rel="next"
                     */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Objective"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["Objective"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createObjective: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, subPoints, carriedFromId, priorityId, responsibilities, agencyIds, reprocurementIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, priority, agencies, reprocurements. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example objective-naloxone-coverage
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The priority the objective belongs to. */
                    priorityId: string;
                    /** @description The objective as it should read in the plan. */
                    text: string;
                    /** @description Sub-points listed under the objective, in order: at most 20, each 1 to 500 characters. Default none. */
                    subPoints?: string[] | null;
                    /** @description Place within the priority, from 1; default last. */
                    position?: number | null;
                };
            };
        };
        responses: {
            /** @description Created. Location names the new Objective. */
            201: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    /**
                     * @description The URL of the new record.
                     * @example /api/v1/objectives/T2JqZWN0aXZlOjQx
                     */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Objective"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObjective: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, subPoints, carriedFromId, priorityId, responsibilities, agencyIds, reprocurementIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, priority, agencies, reprocurements. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Objective.
                 * @example T2JqZWN0aXZlOjU=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Objective. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Objective"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateObjective: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, subPoints, carriedFromId, priorityId, responsibilities, agencyIds, reprocurementIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, priority, agencies, reprocurements. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example objective-naloxone-coverage-points
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v1"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Objective.
                 * @example T2JqZWN0aXZlOjQx
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Fields to change; omitted fields are left as they are. */
        requestBody: {
            content: {
                "application/merge-patch+json": {
                    text?: string | null;
                    /** @description Replaces the sub-points; [] removes them. Sub-points listed under the objective, in order: at most 20, each 1 to 500 characters. */
                    subPoints?: string[] | null;
                    position?: number | null;
                };
                "application/json": {
                    text?: string | null;
                    /** @description Replaces the sub-points; [] removes them. Sub-points listed under the objective, in order: at most 20, each 1 to 500 characters. */
                    subPoints?: string[] | null;
                    position?: number | null;
                };
            };
        };
        responses: {
            /** @description The Objective as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Objective"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listObjectivesActions: {
        parameters: {
            query?: {
                /**
                 * @description Page size (0 to 100).
                 * @example 2
                 */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, fundingCondition, target, durationMonths, dueDate, status, carriedFromId, objectiveId, priorityId, pillarId, responsibilities, agencyIds, latestProgressId, leadAgencyId, progressIds, riskIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, objective, priority, pillar, agencies, latestProgress, leadAgency, progress, risks. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Objective.
                 * @example T2JqZWN0aXZlOjU=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 6
                     */
                    "x-total-count"?: number;
                    /**
                     * @description RFC 8288: the next page, when there is one (rel="next").
                     * @example </api/v1/objectives/T2JqZWN0aXZlOjU=/actions?first=2&after=b2Zmc2V0OjE%3D>; rel="next"
                     */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Action"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["Action"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listObjectivesReprocurements: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, service, supplier, expiryDate, status, asWritten, overdue, daysUntilExpiry, objectiveId, actionId, agencyId.
                 * @example service,supplier,expiryDate,overdue
                 */
                fields?: string;
                /** @description Comma-separated related records to embed: objective, action, agency. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Objective.
                 * @example T2JqZWN0aXZlOjIz
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection. Accept: application/x-ndjson streams it as one record per line. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 5
                     */
                    "x-total-count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Reprocurement"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                    };
                    "application/x-ndjson": components["schemas"]["Reprocurement"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveObjective: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, subPoints, carriedFromId, priorityId, responsibilities, agencyIds, reprocurementIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, priority, agencies, reprocurements. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example objective-naloxone-coverage-archive
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v2"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Objective.
                 * @example T2JqZWN0aXZlOjQx
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Objective after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Objective"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreObjective: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, subPoints, carriedFromId, priorityId, responsibilities, agencyIds, reprocurementIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, priority, agencies, reprocurements. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example objective-naloxone-coverage-restore
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v3"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Objective.
                 * @example T2JqZWN0aXZlOjQx
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Objective after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Objective"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addObjectiveAgency: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, subPoints, carriedFromId, priorityId, responsibilities, agencyIds, reprocurementIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, priority, agencies, reprocurements. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example objective-naloxone-coverage-tp
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Global ID of the Objective.
                 * @example T2JqZWN0aXZlOjQx
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Makes an agency responsible for an objective (adds it to the objective row's agencies). */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The agency: its ID, name, short name or any alias (case-insensitive). */
                    agency: string;
                    /** @description The wording the plan uses for the agency here, e.g. "LBTH ASC,". */
                    asWritten?: string | null;
                };
            };
        };
        responses: {
            /** @description The Objective with the agency added. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Objective"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeObjectiveAgency: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, subPoints, carriedFromId, priorityId, responsibilities, agencyIds, reprocurementIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, priority, agencies, reprocurements. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example objective-naloxone-coverage-tp-removed
                 */
                "idempotency-key"?: string;
            };
            path: {
                /** @example T2JqZWN0aXZlOjQx */
                id: string;
                /**
                 * @description Global ID of the agency.
                 * @example QWdlbmN5OjM=
                 */
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Objective without the agency. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Objective"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActions: {
        parameters: {
            query?: {
                /** @description Only actions of this plan. */
                planId?: string;
                /** @description Only actions under this pillar. */
                pillarId?: string;
                /** @description Only actions under this priority. */
                priorityId?: string;
                /** @description Only actions of this objective. */
                objectiveId?: string;
                /**
                 * @description Only actions this agency is responsible for (through the objective or the action): its ID, name, short name or any alias, case-insensitive.
                 * @example RESET
                 */
                agency?: string;
                /** @description Only actions with one of these statuses. */
                status?: ("NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "COMPLETED" | "CANCELLED")[];
                /**
                 * @description Only actions whose text contains this, case-insensitive.
                 * @example naloxone
                 */
                search?: string;
                /**
                 * @description Page size (0 to 100).
                 * @example 2
                 */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, fundingCondition, target, durationMonths, dueDate, status, carriedFromId, objectiveId, priorityId, pillarId, responsibilities, agencyIds, latestProgressId, leadAgencyId, progressIds, riskIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, objective, priority, pillar, agencies, latestProgress, leadAgency, progress, risks. */
                expand?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. It also answers text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (the feed). */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 3
                     */
                    "x-total-count"?: number;
                    /**
                     * @description RFC 8288: the next page, when there is one (rel="next").
                     * @example </api/v1/actions?agency=RESET&search=naloxone&first=2&after=b2Zmc2V0OjE%3D>; rel="next"
                     */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Action"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["Action"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAction: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, fundingCondition, target, durationMonths, dueDate, status, carriedFromId, objectiveId, priorityId, pillarId, responsibilities, agencyIds, latestProgressId, leadAgencyId, progressIds, riskIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, objective, priority, pillar, agencies, latestProgress, leadAgency, progress, risks. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example hostel-naloxone-training
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The objective the action belongs to. */
                    objectiveId: string;
                    /** @description The action as it should read in the plan. */
                    text: string;
                    fundingCondition?: string | null;
                    target?: string | null;
                    durationMonths?: number | null;
                    /**
                     * Format: date
                     * @description Within the plan's period; default the plan's last day.
                     */
                    dueDate?: string | null;
                    /**
                     * @description Default NOT_STARTED.
                     * @enum {string|null}
                     */
                    status?: "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "COMPLETED" | "CANCELLED" | null;
                    /** @description Place within the objective, from 1; default last. */
                    position?: number | null;
                };
            };
        };
        responses: {
            /** @description Created. Location names the new Action. */
            201: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /**
                     * @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written.
                     * @example true
                     */
                    "idempotent-replayed"?: "true";
                    /**
                     * @description The URL of the new record.
                     * @example /api/v1/actions/QWN0aW9uOjE1Nw%3D%3D
                     */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAction: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, fundingCondition, target, durationMonths, dueDate, status, carriedFromId, objectiveId, priorityId, pillarId, responsibilities, agencyIds, latestProgressId, leadAgencyId, progressIds, riskIds. */
                fields?: string;
                /**
                 * @description Comma-separated related records to embed: carriedFrom, objective, priority, pillar, agencies, latestProgress, leadAgency, progress, risks.
                 * @example objective
                 */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Action.
                 * @example QWN0aW9uOjM2
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Action. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAction: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, fundingCondition, target, durationMonths, dueDate, status, carriedFromId, objectiveId, priorityId, pillarId, responsibilities, agencyIds, latestProgressId, leadAgencyId, progressIds, riskIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, objective, priority, pillar, agencies, latestProgress, leadAgency, progress, risks. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example naloxone-target
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v2"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Action.
                 * @example QWN0aW9uOjM2
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Fields to change; omitted fields are left as they are, null clears an optional field. */
        requestBody: {
            content: {
                "application/merge-patch+json": {
                    text?: string | null;
                    fundingCondition?: string | null;
                    target?: string | null;
                    durationMonths?: number | null;
                    /** Format: date */
                    dueDate?: string | null;
                    /** @enum {string|null} */
                    status?: "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "COMPLETED" | "CANCELLED" | null;
                    position?: number | null;
                    /** @description The lead agency, one of the action's agencies: once it has posted for a quarter, its RAG is the action's quarter RAG; null clears it (then the worst of its agencies' RAGs). Pillar leads and admins only. */
                    leadAgencyId?: string | null;
                };
                "application/json": {
                    text?: string | null;
                    fundingCondition?: string | null;
                    target?: string | null;
                    durationMonths?: number | null;
                    /** Format: date */
                    dueDate?: string | null;
                    /** @enum {string|null} */
                    status?: "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "COMPLETED" | "CANCELLED" | null;
                    position?: number | null;
                    /** @description The lead agency, one of the action's agencies: once it has posted for a quarter, its RAG is the action's quarter RAG; null clears it (then the worst of its agencies' RAGs). Pillar leads and admins only. */
                    leadAgencyId?: string | null;
                };
            };
        };
        responses: {
            /** @description The Action as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActionsProgress: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, financialYear, quarter, quarterLabel, periodStart, periodEnd, status, rag, percentComplete, commentary, late, correctionReason, correctedAt, withdrawnAt, withdrawnReason, reportedBy, agencyId, state, correctionOfId, correctedById, withdrawnBy, actionId, roundId. */
                fields?: string;
                /** @description Comma-separated related records to embed: agency, correctionOf, correctedBy, action, round. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Action.
                 * @example QWN0aW9uOjM2
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection. Accept: application/x-ndjson streams it as one record per line. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 1
                     */
                    "x-total-count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProgressUpdate"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                    };
                    "application/x-ndjson": components["schemas"]["ProgressUpdate"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordProgress: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, financialYear, quarter, quarterLabel, periodStart, periodEnd, status, rag, percentComplete, commentary, late, correctionReason, correctedAt, withdrawnAt, withdrawnReason, reportedBy, agencyId, state, correctionOfId, correctedById, withdrawnBy, actionId, roundId. */
                fields?: string;
                /** @description Comma-separated related records to embed: agency, correctionOf, correctedBy, action, round. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example naloxone-2024-25-Q2
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Global ID of the Action.
                 * @example QWN0aW9uOjM2
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description A quarterly progress update on an action. Updates form a series: each one is kept, the latest is the action's current state. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The responsible agency the update is for: one of the action's agencies (its own or its objective's). An agency editor's key posts for its own agency (leave it out, or give its own); an admin or pillar lead names the agency, or leaves it out for an update on the action as a whole. */
                    agencyId?: string | null;
                    /** @description A financial-year quarter, e.g. "2024-25 Q1": Q1 is April to June, Q4 January to March. It must lie within the action's plan period. */
                    quarter: string;
                    /**
                     * @description The action's status as of this update; the action takes it when this is its latest update.
                     * @enum {string}
                     */
                    status: "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "COMPLETED" | "CANCELLED";
                    /** @enum {string} */
                    rag: "RED" | "AMBER" | "GREEN";
                    /** @description 0 to 100, where it fits; 100 if given with COMPLETED. */
                    percentComplete?: number | null;
                    /** @description What was done and what is next: 1 to 4000 characters. */
                    commentary: string;
                };
            };
        };
        responses: {
            /** @description The ProgressUpdate as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /**
                     * @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written.
                     * @example true
                     */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressUpdate"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActionsRisks: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, description, likelihood, impact, mitigation, status, score, actionId, ownerAgencyId. */
                fields?: string;
                /** @description Comma-separated related records to embed: action, ownerAgency. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Action.
                 * @example QWN0aW9uOjM2
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection. Accept: application/x-ndjson streams it as one record per line. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 1
                     */
                    "x-total-count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Risk"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                    };
                    "application/x-ndjson": components["schemas"]["Risk"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActionsAgencies: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, name, shortName, kind, description, contactName, contactEmail, contactPhone, mergedIntoId, aliases.
                 * @example name,shortName
                 */
                fields?: string;
                /** @description Comma-separated related records to embed: mergedInto. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Action.
                 * @example QWN0aW9uOjM2
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection. Accept: application/x-ndjson streams it as one record per line. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 6
                     */
                    "x-total-count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Agency"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                    };
                    "application/x-ndjson": components["schemas"]["Agency"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addActionAgency: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, fundingCondition, target, durationMonths, dueDate, status, carriedFromId, objectiveId, priorityId, pillarId, responsibilities, agencyIds, latestProgressId, leadAgencyId, progressIds, riskIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, objective, priority, pillar, agencies, latestProgress, leadAgency, progress, risks. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example hostel-naloxone-reset
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Global ID of the Action.
                 * @example QWN0aW9uOjE1Nw==
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Makes an agency responsible for one action, beyond the agencies of its objective row. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The agency: its ID, name, short name or any alias (case-insensitive). */
                    agency: string;
                    /** @description The wording used for the agency here. */
                    asWritten?: string | null;
                };
            };
        };
        responses: {
            /** @description The Action with the agency added. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveAction: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, fundingCondition, target, durationMonths, dueDate, status, carriedFromId, objectiveId, priorityId, pillarId, responsibilities, agencyIds, latestProgressId, leadAgencyId, progressIds, riskIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, objective, priority, pillar, agencies, latestProgress, leadAgency, progress, risks. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example hostel-naloxone-archive
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v1"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Action.
                 * @example QWN0aW9uOjE1Nw==
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Action after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreAction: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, fundingCondition, target, durationMonths, dueDate, status, carriedFromId, objectiveId, priorityId, pillarId, responsibilities, agencyIds, latestProgressId, leadAgencyId, progressIds, riskIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, objective, priority, pillar, agencies, latestProgress, leadAgency, progress, risks. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example hostel-naloxone-restore
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v2"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Action.
                 * @example QWN0aW9uOjE1Nw==
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Action after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeActionAgency: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, fundingCondition, target, durationMonths, dueDate, status, carriedFromId, objectiveId, priorityId, pillarId, responsibilities, agencyIds, latestProgressId, leadAgencyId, progressIds, riskIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, objective, priority, pillar, agencies, latestProgress, leadAgency, progress, risks. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example hostel-naloxone-reset-removed
                 */
                "idempotency-key"?: string;
            };
            path: {
                /** @example QWN0aW9uOjE1Nw== */
                id: string;
                /**
                 * @description Global ID of the agency.
                 * @example QWdlbmN5OjI=
                 */
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Action without the agency. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgencies: {
        parameters: {
            query?: {
                /** @description Agencies whose name, short name or an alias contains this, case-insensitive. */
                search?: string;
                kind?: "ORGANISATION" | "COUNCIL_SERVICE" | "PARTNERSHIP_GROUP" | "ROLE";
                /**
                 * @description Page size (0 to 100).
                 * @example 2
                 */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, name, shortName, kind, description, contactName, contactEmail, contactPhone, mergedIntoId, aliases. */
                fields?: string;
                /** @description Comma-separated related records to embed: mergedInto. */
                expand?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 39
                     */
                    "x-total-count"?: number;
                    /**
                     * @description RFC 8288: the next page, when there is one (rel="next").
                     * @example </api/v1/agencies?first=2&after=b2Zmc2V0OjE%3D>; rel="next"
                     */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Agency"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["Agency"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAgency: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, name, shortName, kind, description, contactName, contactEmail, contactPhone, mergedIntoId, aliases. */
                fields?: string;
                /** @description Comma-separated related records to embed: mergedInto. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example agency-pharmacies
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Canonical name; unique among agencies, their short names and aliases. */
                    name: string;
                    /** @description Short name, e.g. "MPS". */
                    shortName?: string | null;
                    /** @enum {string} */
                    kind: "ORGANISATION" | "COUNCIL_SERVICE" | "PARTNERSHIP_GROUP" | "ROLE";
                    description?: string | null;
                    /** @description Other names for the agency (at most 50, each 1 to 200 characters); matched case-insensitively, ignoring surrounding spaces and trailing commas. A name that already belongs to another agency is rejected. */
                    aliases?: string[] | null;
                };
            };
        };
        responses: {
            /** @description Created. Location names the new Agency. */
            201: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    /**
                     * @description The URL of the new record.
                     * @example /api/v1/agencies/QWdlbmN5OjQw
                     */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgency: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, name, shortName, kind, description, contactName, contactEmail, contactPhone, mergedIntoId, aliases. */
                fields?: string;
                /** @description Comma-separated related records to embed: mergedInto. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Agency.
                 * @example QWdlbmN5OjI=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Agency. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAgency: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, name, shortName, kind, description, contactName, contactEmail, contactPhone, mergedIntoId, aliases. */
                fields?: string;
                /** @description Comma-separated related records to embed: mergedInto. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example agency-pharmacies-short
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v1"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Agency.
                 * @example QWdlbmN5OjQw
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Fields to change; omitted fields are left as they are, null clears an optional field. */
        requestBody: {
            content: {
                "application/merge-patch+json": {
                    name?: string | null;
                    shortName?: string | null;
                    /** @enum {string|null} */
                    kind?: "ORGANISATION" | "COUNCIL_SERVICE" | "PARTNERSHIP_GROUP" | "ROLE" | null;
                    description?: string | null;
                    /** @description The agency's contact for the plan (its lead); null clears it. 1 to 200 characters. */
                    contactName?: string | null;
                    /** @description An email address; null clears it. */
                    contactEmail?: string | null;
                    /** @description A UK telephone number, e.g. "020 7364 5000"; null clears it. */
                    contactPhone?: string | null;
                    /** @description Replaces the set of aliases; [] removes them all. Other names for the agency (at most 50, each 1 to 200 characters); matched case-insensitively, ignoring surrounding spaces and trailing commas. A name that already belongs to another agency is rejected. */
                    aliases?: string[] | null;
                };
                "application/json": {
                    name?: string | null;
                    shortName?: string | null;
                    /** @enum {string|null} */
                    kind?: "ORGANISATION" | "COUNCIL_SERVICE" | "PARTNERSHIP_GROUP" | "ROLE" | null;
                    description?: string | null;
                    /** @description The agency's contact for the plan (its lead); null clears it. 1 to 200 characters. */
                    contactName?: string | null;
                    /** @description An email address; null clears it. */
                    contactEmail?: string | null;
                    /** @description A UK telephone number, e.g. "020 7364 5000"; null clears it. */
                    contactPhone?: string | null;
                    /** @description Replaces the set of aliases; [] removes them all. Other names for the agency (at most 50, each 1 to 200 characters); matched case-insensitively, ignoring surrounding spaces and trailing commas. A name that already belongs to another agency is rejected. */
                    aliases?: string[] | null;
                };
            };
        };
        responses: {
            /** @description The Agency as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgenciesActions: {
        parameters: {
            query?: {
                /**
                 * @description Page size (0 to 100).
                 * @example 2
                 */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /**
                 * @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, fundingCondition, target, durationMonths, dueDate, status, carriedFromId, objectiveId, priorityId, pillarId, responsibilities, agencyIds, latestProgressId, leadAgencyId, progressIds, riskIds.
                 * @example text,status,dueDate
                 */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, objective, priority, pillar, agencies, latestProgress, leadAgency, progress, risks. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Agency.
                 * @example QWdlbmN5OjI=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 79
                     */
                    "x-total-count"?: number;
                    /**
                     * @description RFC 8288: the next page, when there is one (rel="next").
                     * @example </api/v1/agencies/QWdlbmN5OjI=/actions?first=2&fields=text%2Cstatus%2CdueDate&after=b2Zmc2V0OjE%3D>; rel="next"
                     */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Action"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["Action"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgenciesObjectives: {
        parameters: {
            query?: {
                /**
                 * @description Page size (0 to 100).
                 * @example 2
                 */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /**
                 * @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, text, subPoints, carriedFromId, priorityId, responsibilities, agencyIds, reprocurementIds.
                 * @example text
                 */
                fields?: string;
                /** @description Comma-separated related records to embed: carriedFrom, priority, agencies, reprocurements. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Agency.
                 * @example QWdlbmN5OjI=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 15
                     */
                    "x-total-count"?: number;
                    /**
                     * @description RFC 8288: the next page, when there is one (rel="next").
                     * @example </api/v1/agencies/QWdlbmN5OjI=/objectives?first=2&fields=text&after=b2Zmc2V0OjE%3D>; rel="next"
                     */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Objective"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["Objective"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveAgency: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, name, shortName, kind, description, contactName, contactEmail, contactPhone, mergedIntoId, aliases. */
                fields?: string;
                /** @description Comma-separated related records to embed: mergedInto. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example agency-pharmacies-archive
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v2"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Agency.
                 * @example QWdlbmN5OjQw
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Agency after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreAgency: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, name, shortName, kind, description, contactName, contactEmail, contactPhone, mergedIntoId, aliases. */
                fields?: string;
                /** @description Comma-separated related records to embed: mergedInto. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example agency-pharmacies-restore
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v3"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Agency.
                 * @example QWdlbmN5OjQw
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Agency after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNationalOutcomes: {
        parameters: {
            query?: {
                planId?: string;
                pillarId?: string;
                /** @description Page size (0 to 100). */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, planId, pillarId, measureIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: plan, pillar, measures. */
                expand?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 6
                     */
                    "x-total-count"?: number;
                    /** @description RFC 8288: the next page, when there is one (rel="next"). */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["NationalOutcome"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["NationalOutcome"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createNationalOutcome: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, planId, pillarId, measureIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: plan, pillar, measures. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example outcome-alcohol
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A national outcome of a strategy's outcomes framework. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The strategy whose outcomes framework lists it. */
                    planId: string;
                    /** @description The pillar it is listed under. */
                    pillarId?: string | null;
                    /** @description e.g. "Reduce drug supply". */
                    name: string;
                    /** @description Place in the framework, from 1; default last. */
                    position?: number | null;
                };
            };
        };
        responses: {
            /** @description Created. Location names the new NationalOutcome. */
            201: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    /**
                     * @description The URL of the new record.
                     * @example /api/v1/national-outcomes/TmF0aW9uYWxPdXRjb21lOjc%3D
                     */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalOutcome"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNationalOutcome: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, planId, pillarId, measureIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: plan, pillar, measures. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the NationalOutcome.
                 * @example TmF0aW9uYWxPdXRjb21lOjM=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The NationalOutcome. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalOutcome"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNationalOutcome: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, planId, pillarId, measureIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: plan, pillar, measures. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example outcome-alcohol-name
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v1"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the NationalOutcome.
                 * @example TmF0aW9uYWxPdXRjb21lOjc=
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Fields to change; omitted fields are left as they are, null clears an optional field. */
        requestBody: {
            content: {
                "application/merge-patch+json": {
                    name?: string | null;
                    position?: number | null;
                };
                "application/json": {
                    name?: string | null;
                    position?: number | null;
                };
            };
        };
        responses: {
            /** @description The NationalOutcome as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalOutcome"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNationalOutcomesMeasures: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, unit, direction, outcomeId, valueIds, baselineId, latestId.
                 * @example name,unit,direction
                 */
                fields?: string;
                /** @description Comma-separated related records to embed: outcome, values, baseline, latest. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the NationalOutcome.
                 * @example TmF0aW9uYWxPdXRjb21lOjM=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection. Accept: application/x-ndjson streams it as one record per line. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 6
                     */
                    "x-total-count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OutcomeMeasure"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                    };
                    "application/x-ndjson": components["schemas"]["OutcomeMeasure"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveNationalOutcome: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, planId, pillarId, measureIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: plan, pillar, measures. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example outcome-alcohol-archive
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v2"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the NationalOutcome.
                 * @example TmF0aW9uYWxPdXRjb21lOjc=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The NationalOutcome after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalOutcome"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreNationalOutcome: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, planId, pillarId, measureIds. */
                fields?: string;
                /** @description Comma-separated related records to embed: plan, pillar, measures. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example outcome-alcohol-restore
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v3"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the NationalOutcome.
                 * @example TmF0aW9uYWxPdXRjb21lOjc=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The NationalOutcome after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalOutcome"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutcomeMeasures: {
        parameters: {
            query?: {
                /** @description Only measures under this national outcome. */
                outcomeId?: string;
                /**
                 * @description Only measures under outcomes of this pillar.
                 * @example UGlsbGFyOjI=
                 */
                pillarId?: string;
                /**
                 * @description Page size (0 to 100).
                 * @example 2
                 */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, unit, direction, outcomeId, valueIds, baselineId, latestId. */
                fields?: string;
                /** @description Comma-separated related records to embed: outcome, values, baseline, latest. */
                expand?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 10
                     */
                    "x-total-count"?: number;
                    /**
                     * @description RFC 8288: the next page, when there is one (rel="next").
                     * @example </api/v1/outcome-measures?pillarId=UGlsbGFyOjI%3D&first=2&after=b2Zmc2V0OjE%3D>; rel="next"
                     */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OutcomeMeasure"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["OutcomeMeasure"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOutcomeMeasure: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, unit, direction, outcomeId, valueIds, baselineId, latestId. */
                fields?: string;
                /** @description Comma-separated related records to embed: outcome, values, baseline, latest. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example measure-naloxone-kits
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The national outcome the measure sits under. */
                    outcomeId: string;
                    /** @description The measure as written in the strategy. */
                    name: string;
                    /** @enum {string} */
                    unit: "COUNT" | "PERCENT" | "RATE_PER_1000" | "DAYS";
                    /** @enum {string} */
                    direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "CONTEXT_ONLY";
                    /** @description Place within the outcome, from 1; default last. */
                    position?: number | null;
                };
            };
        };
        responses: {
            /** @description Created. Location names the new OutcomeMeasure. */
            201: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    /**
                     * @description The URL of the new record.
                     * @example /api/v1/outcome-measures/T3V0Y29tZU1lYXN1cmU6MjI%3D
                     */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeMeasure"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOutcomeMeasure: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, unit, direction, outcomeId, valueIds, baselineId, latestId. */
                fields?: string;
                /** @description Comma-separated related records to embed: outcome, values, baseline, latest. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the OutcomeMeasure.
                 * @example T3V0Y29tZU1lYXN1cmU6MTE=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OutcomeMeasure. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeMeasure"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOutcomeMeasure: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, unit, direction, outcomeId, valueIds, baselineId, latestId. */
                fields?: string;
                /** @description Comma-separated related records to embed: outcome, values, baseline, latest. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example measure-naloxone-kits-name
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v1"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the OutcomeMeasure.
                 * @example T3V0Y29tZU1lYXN1cmU6MjI=
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Fields to change; omitted fields are left as they are. */
        requestBody: {
            content: {
                "application/merge-patch+json": {
                    name?: string | null;
                    /**
                     * @description PERCENT only when every value of the measure lies from 0 to 100.
                     * @enum {string|null}
                     */
                    unit?: "COUNT" | "PERCENT" | "RATE_PER_1000" | "DAYS" | null;
                    /** @enum {string|null} */
                    direction?: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "CONTEXT_ONLY" | null;
                    position?: number | null;
                };
                "application/json": {
                    name?: string | null;
                    /**
                     * @description PERCENT only when every value of the measure lies from 0 to 100.
                     * @enum {string|null}
                     */
                    unit?: "COUNT" | "PERCENT" | "RATE_PER_1000" | "DAYS" | null;
                    /** @enum {string|null} */
                    direction?: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "CONTEXT_ONLY" | null;
                    position?: number | null;
                };
            };
        };
        responses: {
            /** @description The OutcomeMeasure as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeMeasure"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutcomeMeasuresValues: {
        parameters: {
            query?: {
                kind?: "BASELINE" | "TARGET" | "OBSERVED";
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, kind, periodLabel, periodStart, periodEnd, value, note, source. */
                fields?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the OutcomeMeasure.
                 * @example T3V0Y29tZU1lYXN1cmU6MTE=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection. Accept: application/x-ndjson streams it as one record per line. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 2
                     */
                    "x-total-count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MeasureValue"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                    };
                    "application/x-ndjson": components["schemas"]["MeasureValue"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordMeasureValue: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, kind, periodLabel, periodStart, periodEnd, value, note, source. */
                fields?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example prison-release-2024-25-Q1
                 */
                "idempotency-key"?: string;
                /** @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since. */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Global ID of the OutcomeMeasure.
                 * @example T3V0Y29tZU1lYXN1cmU6MTE=
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Records a measure's baseline, target or observed value for a period. A value of the same kind for the same period (start and end) is updated instead, and then expectedVersion (that value's version) is required. */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "BASELINE" | "TARGET" | "OBSERVED";
                    /** @description The period as the source gives it, e.g. "2024-25 Q1" or "Jan 2022 to Sep 2023". */
                    periodLabel: string;
                    /** Format: date */
                    periodStart: string;
                    /**
                     * Format: date
                     * @description On or after periodStart.
                     */
                    periodEnd: string;
                    /** @description A finite number; 0 to 100 for a PERCENT measure. */
                    value: number;
                    /** @description What the figure counts, where it differs from the measure. */
                    note?: string | null;
                    /** @description Where the figure comes from. */
                    source?: string | null;
                };
            };
        };
        responses: {
            /** @description The MeasureValue as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureValue"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveOutcomeMeasure: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, unit, direction, outcomeId, valueIds, baselineId, latestId. */
                fields?: string;
                /** @description Comma-separated related records to embed: outcome, values, baseline, latest. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example measure-naloxone-kits-archive
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v2"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the OutcomeMeasure.
                 * @example T3V0Y29tZU1lYXN1cmU6MjI=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OutcomeMeasure after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeMeasure"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreOutcomeMeasure: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, unit, direction, outcomeId, valueIds, baselineId, latestId. */
                fields?: string;
                /** @description Comma-separated related records to embed: outcome, values, baseline, latest. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example measure-naloxone-kits-restore
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v3"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the OutcomeMeasure.
                 * @example T3V0Y29tZU1lYXN1cmU6MjI=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OutcomeMeasure after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeMeasure"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeasureValue: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, kind, periodLabel, periodStart, periodEnd, value, note, source. */
                fields?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the MeasureValue.
                 * @example TWVhc3VyZVZhbHVlOjQ=
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The MeasureValue. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureValue"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReprocurements: {
        parameters: {
            query?: {
                /** @description Only open contracts (not started or in progress) expiring from asOf to asOf + this many days. */
                dueWithinDays?: number;
                /**
                 * @description true: only open contracts already expired before asOf; false: only those that are not.
                 * @example true
                 */
                overdue?: boolean;
                /**
                 * @description The date to measure from, default today: it also sets the listed contracts' overdue and daysUntilExpiry (unless those fields are given their own asOf).
                 * @example 2024-10-01
                 */
                asOf?: string;
                status?: ("NOT_STARTED" | "IN_PROGRESS" | "AWARDED" | "EXTENDED" | "CANCELLED")[];
                /** @description Page size (0 to 100). */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, service, supplier, expiryDate, status, asWritten, overdue, daysUntilExpiry, objectiveId, actionId, agencyId. */
                fields?: string;
                /** @description Comma-separated related records to embed: objective, action, agency. */
                expand?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. It also answers text/calendar (the feed). */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 4
                     */
                    "x-total-count"?: number;
                    /** @description RFC 8288: the next page, when there is one (rel="next"). */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Reprocurement"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["Reprocurement"];
                    "text/calendar": string;
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReprocurement: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, service, supplier, expiryDate, status, asWritten, overdue, daysUntilExpiry, objectiveId, actionId, agencyId. */
                fields?: string;
                /** @description Comma-separated related records to embed: objective, action, agency. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example contract-naloxone-supplies
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The objective the deadline is listed under. */
                    objectiveId: string;
                    /** @description The service, e.g. "Needle exchange supplies". */
                    service: string;
                    /** @description The current supplier. */
                    supplier?: string | null;
                    /**
                     * Format: date
                     * @description When the current contract expires (may already have passed: it is then overdue).
                     */
                    expiryDate: string;
                    /** @description The agency responsible for reprocuring it: its ID, name, short name or any alias. */
                    agency?: string | null;
                    /**
                     * @description Default NOT_STARTED.
                     * @enum {string|null}
                     */
                    status?: "NOT_STARTED" | "IN_PROGRESS" | "AWARDED" | "EXTENDED" | "CANCELLED" | null;
                };
            };
        };
        responses: {
            /** @description Created. Location names the new Reprocurement. */
            201: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    /**
                     * @description The URL of the new record.
                     * @example /api/v1/reprocurements/UmVwcm9jdXJlbWVudDo2
                     */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reprocurement"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReprocurement: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, service, supplier, expiryDate, status, asWritten, overdue, daysUntilExpiry, objectiveId, actionId, agencyId. */
                fields?: string;
                /** @description Comma-separated related records to embed: objective, action, agency. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Reprocurement.
                 * @example UmVwcm9jdXJlbWVudDox
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Reprocurement. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reprocurement"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateReprocurement: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, service, supplier, expiryDate, status, asWritten, overdue, daysUntilExpiry, objectiveId, actionId, agencyId. */
                fields?: string;
                /** @description Comma-separated related records to embed: objective, action, agency. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example contract-naloxone-supplier
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v1"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Reprocurement.
                 * @example UmVwcm9jdXJlbWVudDo2
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Fields to change; omitted fields are left as they are, null clears an optional field. The status changes through setReprocurementStatus. */
        requestBody: {
            content: {
                "application/merge-patch+json": {
                    service?: string | null;
                    supplier?: string | null;
                    /**
                     * Format: date
                     * @description A correction of the expiry date; an extension goes through setReprocurementStatus.
                     */
                    expiryDate?: string | null;
                    /** @description The responsible agency (ID, name, short name or alias); null clears it. */
                    agency?: string | null;
                };
                "application/json": {
                    service?: string | null;
                    supplier?: string | null;
                    /**
                     * Format: date
                     * @description A correction of the expiry date; an extension goes through setReprocurementStatus.
                     */
                    expiryDate?: string | null;
                    /** @description The responsible agency (ID, name, short name or alias); null clears it. */
                    agency?: string | null;
                };
            };
        };
        responses: {
            /** @description The Reprocurement as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reprocurement"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveReprocurement: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, service, supplier, expiryDate, status, asWritten, overdue, daysUntilExpiry, objectiveId, actionId, agencyId. */
                fields?: string;
                /** @description Comma-separated related records to embed: objective, action, agency. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example contract-naloxone-archive
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v2"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Reprocurement.
                 * @example UmVwcm9jdXJlbWVudDo2
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Reprocurement after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reprocurement"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreReprocurement: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, service, supplier, expiryDate, status, asWritten, overdue, daysUntilExpiry, objectiveId, actionId, agencyId. */
                fields?: string;
                /** @description Comma-separated related records to embed: objective, action, agency. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example contract-naloxone-restore
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v3"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Reprocurement.
                 * @example UmVwcm9jdXJlbWVudDo2
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Reprocurement after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reprocurement"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setReprocurementStatus: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, service, supplier, expiryDate, status, asWritten, overdue, daysUntilExpiry, objectiveId, actionId, agencyId. */
                fields?: string;
                /** @description Comma-separated related records to embed: objective, action, agency. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example orion-in-progress
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v1"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Reprocurement.
                 * @example UmVwcm9jdXJlbWVudDox
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Moves a reprocurement on: its status, and where it changes, its expiry date. EXTENDED needs the new expiry date, later than the current one. */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "NOT_STARTED" | "IN_PROGRESS" | "AWARDED" | "EXTENDED" | "CANCELLED";
                    /**
                     * Format: date
                     * @description The new expiry date: required with EXTENDED (and later than the current one), optional otherwise (e.g. the end of an awarded contract).
                     */
                    expiryDate?: string | null;
                };
            };
        };
        responses: {
            /** @description The Reprocurement as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reprocurement"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listHelpServices: {
        parameters: {
            query?: {
                /** @description Page size (0 to 100). */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, description, audience, minAge, maxAge, phone, email, website, partnershipId. */
                fields?: string;
                /** @description Comma-separated related records to embed: partnership. */
                expand?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. It also answers text/csv (the feed). */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 3
                     */
                    "x-total-count"?: number;
                    /** @description RFC 8288: the next page, when there is one (rel="next"). */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["HelpService"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["HelpService"];
                    "text/csv": string;
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createHelpService: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, description, audience, minAge, maxAge, phone, email, website, partnershipId. */
                fields?: string;
                /** @description Comma-separated related records to embed: partnership. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example help-frank
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The partnership that publishes it; default the only partnership (required when there are several). */
                    partnershipId?: string | null;
                    name: string;
                    /** @description What it offers and to whom. */
                    description: string;
                    /** @description Who it serves, e.g. "Adults (18+) living in Tower Hamlets". */
                    audience?: string | null;
                    /** @description 0 to 120, at most maxAge. */
                    minAge?: number | null;
                    /** @description 0 to 120, at least minAge. */
                    maxAge?: number | null;
                    /** @description A UK telephone number: national ("020 7422 6752", "0300 123 6600", "0800 77 66 00"), international ("+44 20 7422 6752"), or a short code (111, 116 123). */
                    phone?: string | null;
                    email?: string | null;
                    /** @description A web address; the protocol may be left out. */
                    website?: string | null;
                    /** @description Place in the partnership's list, from 1; default last. */
                    position?: number | null;
                };
            };
        };
        responses: {
            /** @description Created. Location names the new HelpService. */
            201: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    /**
                     * @description The URL of the new record.
                     * @example /api/v1/help-services/SGVscFNlcnZpY2U6NA%3D%3D
                     */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpService"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHelpService: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, description, audience, minAge, maxAge, phone, email, website, partnershipId. */
                fields?: string;
                /** @description Comma-separated related records to embed: partnership. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the HelpService.
                 * @example SGVscFNlcnZpY2U6MQ==
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HelpService. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpService"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateHelpService: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, description, audience, minAge, maxAge, phone, email, website, partnershipId. */
                fields?: string;
                /** @description Comma-separated related records to embed: partnership. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example help-frank-text
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v1"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the HelpService.
                 * @example SGVscFNlcnZpY2U6NA==
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Fields to change; omitted fields are left as they are, null clears an optional field. */
        requestBody: {
            content: {
                "application/merge-patch+json": {
                    name?: string | null;
                    description?: string | null;
                    audience?: string | null;
                    /** @description 0 to 120, at most maxAge. */
                    minAge?: number | null;
                    /** @description 0 to 120, at least minAge. */
                    maxAge?: number | null;
                    /** @description A UK telephone number: national ("020 7422 6752", "0300 123 6600", "0800 77 66 00"), international ("+44 20 7422 6752"), or a short code (111, 116 123). */
                    phone?: string | null;
                    email?: string | null;
                    /** @description A web address; the protocol may be left out. */
                    website?: string | null;
                    position?: number | null;
                };
                "application/json": {
                    name?: string | null;
                    description?: string | null;
                    audience?: string | null;
                    /** @description 0 to 120, at most maxAge. */
                    minAge?: number | null;
                    /** @description 0 to 120, at least minAge. */
                    maxAge?: number | null;
                    /** @description A UK telephone number: national ("020 7422 6752", "0300 123 6600", "0800 77 66 00"), international ("+44 20 7422 6752"), or a short code (111, 116 123). */
                    phone?: string | null;
                    email?: string | null;
                    /** @description A web address; the protocol may be left out. */
                    website?: string | null;
                    position?: number | null;
                };
            };
        };
        responses: {
            /** @description The HelpService as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpService"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveHelpService: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, description, audience, minAge, maxAge, phone, email, website, partnershipId. */
                fields?: string;
                /** @description Comma-separated related records to embed: partnership. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example help-frank-archive
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v2"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the HelpService.
                 * @example SGVscFNlcnZpY2U6NA==
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HelpService after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpService"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreHelpService: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, position, name, description, audience, minAge, maxAge, phone, email, website, partnershipId. */
                fields?: string;
                /** @description Comma-separated related records to embed: partnership. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example help-frank-restore
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v3"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the HelpService.
                 * @example SGVscFNlcnZpY2U6NA==
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HelpService after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpService"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgressUpdate: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, financialYear, quarter, quarterLabel, periodStart, periodEnd, status, rag, percentComplete, commentary, late, correctionReason, correctedAt, withdrawnAt, withdrawnReason, reportedBy, agencyId, state, correctionOfId, correctedById, withdrawnBy, actionId, roundId. */
                fields?: string;
                /** @description Comma-separated related records to embed: agency, correctionOf, correctedBy, action, round. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the ProgressUpdate.
                 * @example UHJvZ3Jlc3NVcGRhdGU6MQ==
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ProgressUpdate. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressUpdate"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    correctProgressUpdate: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, financialYear, quarter, quarterLabel, periodStart, periodEnd, status, rag, percentComplete, commentary, late, correctionReason, correctedAt, withdrawnAt, withdrawnReason, reportedBy, agencyId, state, correctionOfId, correctedById, withdrawnBy, actionId, roundId. */
                fields?: string;
                /** @description Comma-separated related records to embed: agency, correctionOf, correctedBy, action, round. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example naloxone-2024-25-Q2-correction
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Global ID of the ProgressUpdate.
                 * @example UHJvZ3Jlc3NVcGRhdGU6MQ==
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description A correction of a progress update: a new update (same action, agency and quarter) with the values given here and the original's for the rest. The original keeps its values, is marked CORRECTED (correctedBy) and no longer counts. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why: 1 to 2000 characters, kept with the update and in the audit log. */
                    reason: string;
                    /**
                     * @description The corrected status; default the original's.
                     * @enum {string|null}
                     */
                    status?: "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "COMPLETED" | "CANCELLED" | null;
                    /**
                     * @description The corrected RAG; default the original's.
                     * @enum {string|null}
                     */
                    rag?: "RED" | "AMBER" | "GREEN" | null;
                    /** @description The corrected percent (0 to 100), or null to clear it; left out, the original's. */
                    percentComplete?: number | null;
                    /** @description The corrected commentary (1 to 4000 characters); default the original's. */
                    commentary?: string | null;
                };
            };
        };
        responses: {
            /** @description The ProgressUpdate as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressUpdate"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawProgressUpdate: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, financialYear, quarter, quarterLabel, periodStart, periodEnd, status, rag, percentComplete, commentary, late, correctionReason, correctedAt, withdrawnAt, withdrawnReason, reportedBy, agencyId, state, correctionOfId, correctedById, withdrawnBy, actionId, roundId. */
                fields?: string;
                /** @description Comma-separated related records to embed: agency, correctionOf, correctedBy, action, round. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example naloxone-2024-25-Q2-duplicate-withdrawn
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Global ID of the ProgressUpdate.
                 * @example UHJvZ3Jlc3NVcGRhdGU6Mw==
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description A withdrawal of a progress update: it keeps its values, is marked WITHDRAWN with the reason, and no longer counts. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why: 1 to 2000 characters, kept with the update and in the audit log. */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The ProgressUpdate as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressUpdate"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRounds: {
        parameters: {
            query?: {
                planId?: string;
                /** @description Page size (0 to 100). */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, financialYear, quarter, quarterLabel, status, deadline, latePolicy, openedAt, openedBy, closedAt, closedBy, key, planId, signOffIds, pillars. */
                fields?: string;
                /** @description Comma-separated related records to embed: plan, signOffs. */
                expand?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 1
                     */
                    "x-total-count"?: number;
                    /** @description RFC 8288: the next page, when there is one (rel="next"). */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReportingRound"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["ReportingRound"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openRound: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, financialYear, quarter, quarterLabel, status, deadline, latePolicy, openedAt, openedBy, closedAt, closedBy, key, planId, signOffIds, pillars. */
                fields?: string;
                /** @description Comma-separated related records to embed: plan, signOffs. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example round-2024-25-Q3
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Opens a plan quarter's reporting round. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The quarter, e.g. "2024-25 Q2"; it must lie within the plan period. */
                    quarter: string;
                    /** @description The plan; default the delivery plan whose period holds the quarter. */
                    planId?: string | null;
                    /**
                     * Format: date
                     * @description The last day for submissions: from the quarter's first day to the end of the quarter after it.
                     */
                    deadline: string;
                    /**
                     * @description What an update after close does; default the LATE_UPDATES setting (refuse: REFUSE, record: RECORD_LATE).
                     * @enum {string|null}
                     */
                    latePolicy?: "REFUSE" | "RECORD_LATE" | null;
                };
            };
        };
        responses: {
            /** @description Created. Location names the new ReportingRound. */
            201: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    /**
                     * @description The URL of the new record.
                     * @example /api/v1/rounds/UmVwb3J0aW5nUm91bmQ6MQ%3D%3D
                     */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingRound"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportingRound: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, financialYear, quarter, quarterLabel, status, deadline, latePolicy, openedAt, openedBy, closedAt, closedBy, key, planId, signOffIds, pillars. */
                fields?: string;
                /** @description Comma-separated related records to embed: plan, signOffs. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the ReportingRound.
                 * @example UmVwb3J0aW5nUm91bmQ6MQ==
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ReportingRound. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingRound"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRoundsSignOffs: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, signedOffBy, signedOffAt, note, roundId, pillarId. */
                fields?: string;
                /** @description Comma-separated related records to embed: round, pillar. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the ReportingRound.
                 * @example UmVwb3J0aW5nUm91bmQ6MQ==
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection. Accept: application/x-ndjson streams it as one record per line. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 3
                     */
                    "x-total-count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RoundSignOff"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                    };
                    "application/x-ndjson": components["schemas"]["RoundSignOff"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOffPillar: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, signedOffBy, signedOffAt, note, roundId, pillarId. */
                fields?: string;
                /** @description Comma-separated related records to embed: round, pillar. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example round-2024-25-Q3-pillar-1
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Global ID of the ReportingRound.
                 * @example UmVwb3J0aW5nUm91bmQ6MQ==
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Signs off a pillar's updates in an open round: they are final for the quarter. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description A live pillar of the round's plan. */
                    pillarId: string;
                    /** @description 1 to 2000 characters. */
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description The RoundSignOff as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundSignOff"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeRound: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, financialYear, quarter, quarterLabel, status, deadline, latePolicy, openedAt, openedBy, closedAt, closedBy, key, planId, signOffIds, pillars. */
                fields?: string;
                /** @description Comma-separated related records to embed: plan, signOffs. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example round-2024-25-Q3-close
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Global ID of the ReportingRound.
                 * @example UmVwb3J0aW5nUm91bmQ6MQ==
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Closes a round once every pillar of its plan is signed off, storing its snapshot. */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The ReportingRound as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingRound"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRisks: {
        parameters: {
            query?: {
                /** @description Only risks on this action. */
                actionId?: string;
                /** @description Only risks on actions under this pillar. */
                pillarId?: string;
                /** @description Only risks this agency owns: its ID, name, short name or any alias, case-insensitive. */
                agency?: string;
                /**
                 * @description Only risks scoring at least this (likelihood × impact, 1 to 25).
                 * @example 12
                 */
                minScore?: number;
                /**
                 * @description Only risks with one of these statuses.
                 * @example [
                 *       "OPEN"
                 *     ]
                 */
                status?: ("OPEN" | "CLOSED")[];
                /** @description Page size (0 to 100). */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, description, likelihood, impact, mitigation, status, score, actionId, ownerAgencyId. */
                fields?: string;
                /** @description Comma-separated related records to embed: action, ownerAgency. */
                expand?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 1
                     */
                    "x-total-count"?: number;
                    /** @description RFC 8288: the next page, when there is one (rel="next"). */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Risk"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["Risk"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRisk: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, description, likelihood, impact, mitigation, status, score, actionId, ownerAgencyId. */
                fields?: string;
                /** @description Comma-separated related records to embed: action, ownerAgency. */
                expand?: string;
            };
            header?: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example naloxone-risk-1
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The action the risk threatens. */
                    actionId: string;
                    /** @description What might happen, and its effect on the action. */
                    description: string;
                    /** @description 1 (rare) to 5 (almost certain). */
                    likelihood: number;
                    /** @description 1 (negligible) to 5 (severe). */
                    impact: number;
                    /** @description The agency that owns the risk: its ID, name, short name or alias; a live agency. Optional: a risk may be recorded before its owner is agreed. */
                    ownerAgency?: string | null;
                    /** @description What is done to make it less likely or less harmful. */
                    mitigation?: string | null;
                    /**
                     * @description Default OPEN.
                     * @enum {string|null}
                     */
                    status?: "OPEN" | "CLOSED" | null;
                };
            };
        };
        responses: {
            /** @description Created. Location names the new Risk. */
            201: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    /**
                     * @description The URL of the new record.
                     * @example /api/v1/risks/Umlzazox
                     */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRisk: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, description, likelihood, impact, mitigation, status, score, actionId, ownerAgencyId. */
                fields?: string;
                /** @description Comma-separated related records to embed: action, ownerAgency. */
                expand?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the Risk.
                 * @example Umlzazox
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Risk. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRisk: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, description, likelihood, impact, mitigation, status, score, actionId, ownerAgencyId. */
                fields?: string;
                /** @description Comma-separated related records to embed: action, ownerAgency. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example naloxone-risk-1-likelihood
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v1"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Risk.
                 * @example Umlzazox
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Fields to change; omitted fields are left as they are, null clears an optional field (owner agency, mitigation). */
        requestBody: {
            content: {
                "application/merge-patch+json": {
                    description?: string | null;
                    /** @description 1 to 5. */
                    likelihood?: number | null;
                    /** @description 1 to 5. */
                    impact?: number | null;
                    /** @description The owning agency (ID, name, short name or alias, a live agency); null clears it. */
                    ownerAgency?: string | null;
                    /** @description null clears it. */
                    mitigation?: string | null;
                    /** @enum {string|null} */
                    status?: "OPEN" | "CLOSED" | null;
                };
                "application/json": {
                    description?: string | null;
                    /** @description 1 to 5. */
                    likelihood?: number | null;
                    /** @description 1 to 5. */
                    impact?: number | null;
                    /** @description The owning agency (ID, name, short name or alias, a live agency); null clears it. */
                    ownerAgency?: string | null;
                    /** @description null clears it. */
                    mitigation?: string | null;
                    /** @enum {string|null} */
                    status?: "OPEN" | "CLOSED" | null;
                };
            };
        };
        responses: {
            /** @description The Risk as it is after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveRisk: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, description, likelihood, impact, mitigation, status, score, actionId, ownerAgencyId. */
                fields?: string;
                /** @description Comma-separated related records to embed: action, ownerAgency. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example naloxone-risk-1-archive
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v2"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Risk.
                 * @example Umlzazox
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Risk after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreRisk: {
        parameters: {
            query?: {
                /** @description Comma-separated properties to return (id always): id, createdAt, updatedAt, version, archivedAt, description, likelihood, impact, mitigation, status, score, actionId, ownerAgencyId. */
                fields?: string;
                /** @description Comma-separated related records to embed: action, ownerAgency. */
                expand?: string;
            };
            header: {
                /**
                 * @description Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).
                 * @example naloxone-risk-1-restore
                 */
                "idempotency-key"?: string;
                /**
                 * @description The ETag of the record as you read it: the write is refused with 412 if the record has changed since.
                 * @example "v3"
                 */
                "if-match": string;
            };
            path: {
                /**
                 * @description Global ID of the Risk.
                 * @example Umlzazox
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Risk after the change. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    /** @description Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written. */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (CONFLICT). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_FAILED). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    index: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The index. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                        docs: string;
                        graphql: string;
                        resources: {
                            [key: string]: {
                                href: string;
                                description: string;
                            };
                        };
                    };
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description What changed since the last board: a round (its ID or key "2024-25Q2"), whose window runs from the close of the previous closed round (any plan; without one, from this round's opening) to this round's close, or to now while it is OPEN. Not with since or until (BAD_USER_INPUT). */
                round?: string;
                /**
                 * @description The record type, e.g. "Action"; at most 50 characters.
                 * @example HelpService
                 */
                entityType?: string;
                /** @description Changes before this instant. */
                until?: string;
                /** @description Changes at or after this instant (ISO 8601, e.g. "2024-04-01T00:00:00Z"). */
                since?: string;
                /**
                 * @description Page size (0 to 100).
                 * @example 2
                 */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, at, actorKind, actorId, actorName, requestId, mutation, operation, entityType, recordId, version, changes. */
                fields?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 4
                     */
                    "x-total-count"?: number;
                    /**
                     * @description RFC 8288: the next page, when there is one (rel="next").
                     * @example </api/v1/changes?entityType=HelpService&first=2&after=b2Zmc2V0OjE%3D>; rel="next"
                     */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntry"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["AuditEntry"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHistory: {
        parameters: {
            query?: {
                /**
                 * @description Page size (0 to 100).
                 * @example 2
                 */
                first?: number;
                /** @description The endCursor of the page before. */
                after?: string;
                /** @description Comma-separated properties to return (id always): id, at, actorKind, actorId, actorName, requestId, mutation, operation, entityType, recordId, version, changes. */
                fields?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Global ID of the record.
                 * @example QWN0aW9uOjM2
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead. */
            200: {
                headers: {
                    /** @description The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304). */
                    etag?: string;
                    /**
                     * @description How many match, across all pages.
                     * @example 2
                     */
                    "x-total-count"?: number;
                    /** @description RFC 8288: the next page, when there is one (rel="next"). */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntry"][];
                        /** @description How many match, across all pages. */
                        totalCount: number;
                        pageInfo: {
                            hasNextPage: boolean;
                            /** @description Pass as after= for the next page. */
                            endCursor: string | null;
                        };
                    };
                    "application/x-ndjson": components["schemas"]["AuditEntry"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes). */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (BAD_USER_INPUT, BAD_REQUEST, RESPONSE_TOO_LARGE, QUERY_TOO_COMPLEX). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (NOT_ACCEPTABLE). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                        info: Record<string, never>;
                        paths: Record<string, never>;
                    };
                };
            };
            /** @description Problem. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProblemType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A problem code.
                 * @example CONFLICT
                 */
                code: "BAD_USER_INPUT" | "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "NOT_ACCEPTABLE" | "CONFLICT" | "PRECONDITION_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "PRECONDITION_REQUIRED" | "RATE_LIMITED" | "RESPONSE_TOO_LARGE" | "QUERY_TOO_COMPLEX" | "INTERNAL_SERVER_ERROR" | "SERVICE_UNAVAILABLE" | "REQUEST_TIMEOUT";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The problem type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        status: number;
                        title: string;
                    };
                };
            };
            /** @description No such problem type. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    graphqlGet: {
        parameters: {
            query: {
                /**
                 * @description The GraphQL document.
                 * @example { pillars { nodes { number name } } }
                 */
                query: string;
                /** @description The variables, as a JSON object. */
                variables?: string;
                /** @description Which operation of the document to run. */
                operationName?: string;
                /** @description Request extensions, as a JSON object. */
                extensions?: string;
            };
            header: {
                /**
                 * @description Any non-empty value: this is not a cross-site request a browser sent on its own.
                 * @example true
                 */
                "apollo-require-preflight": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answer. A query with errors still answers 200 when it ran (data and errors). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphQLResponse"];
                    "application/graphql-response+json": components["schemas"]["GraphQLResponse"];
                };
            };
            /** @description Not modified: If-None-Match named the current ETag. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request or the document is not valid (BAD_REQUEST, GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT, query limits). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphQLResponse"];
                };
            };
            /** @description The API key is not valid (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphQLResponse"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); Retry-After says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphQLResponse"];
                };
            };
        };
    };
    graphqlPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The GraphQL document. */
                    query: string;
                    /** @description The variables. */
                    variables?: Record<string, never>;
                    /** @description Which operation of the document to run. */
                    operationName?: string;
                    extensions?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The answer: data, and errors when any field failed (a refused mutation too). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphQLResponse"];
                    "application/graphql-response+json": components["schemas"]["GraphQLResponse"];
                };
            };
            /** @description The request or the document is not valid (BAD_REQUEST: a body that is not JSON too; GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT, query limits). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphQLResponse"];
                };
            };
            /** @description The API key is not valid (UNAUTHENTICATED). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphQLResponse"];
                };
            };
            /** @description The body is over 256 KiB (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphQLResponse"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); Retry-After says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphQLResponse"];
                };
            };
        };
    };
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Not ready: why. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "unavailable";
                        reason: string;
                    };
                };
            };
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Metrics are not served here (METRICS is off, or METRICS_PORT serves them). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphQLResponse"];
                };
            };
        };
    };
}
