import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { ListEntries, RecordPayout, RecordTemplate, ReportQuery, SummaryQuery } from "./validators"

// Portal routes are authenticated and scoped by the facilities plugin's middleware on /portal/facility/*.
export default defineMiddlewares({
  routes: [
    { matcher: "/portal/facility/revenue/entries", methods: ["GET"], middlewares: [validateAndTransformQuery(ListEntries, {})] },
    { matcher: "/portal/facility/revenue/payouts", methods: ["POST"], middlewares: [validateAndTransformBody(RecordPayout)] },
    { matcher: "/portal/facility/revenue/template", methods: ["POST"], middlewares: [validateAndTransformBody(RecordTemplate)] },
    { matcher: "/portal/facility/revenue/statements/:participant_id", methods: ["GET"], middlewares: [validateAndTransformQuery(ReportQuery, {})] },
    { matcher: "/portal/facility/revenue/months/:month", methods: ["GET"], middlewares: [validateAndTransformQuery(SummaryQuery, {})] },
    { matcher: "/admin/revenue/entries", methods: ["GET"], middlewares: [validateAndTransformQuery(ListEntries, {})] },
    { matcher: "/admin/revenue/facilities/:id/template", methods: ["POST"], middlewares: [validateAndTransformBody(RecordTemplate)] },
    { matcher: "/admin/revenue/facilities/:id/statements/:participant_id", methods: ["GET"], middlewares: [validateAndTransformQuery(ReportQuery, {})] },
    { matcher: "/admin/revenue/facilities/:id/months/:month", methods: ["GET"], middlewares: [validateAndTransformQuery(SummaryQuery, {})] },
  ],
})
