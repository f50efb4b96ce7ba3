import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { SearchQuery } from "../lib/search-params"

export default defineMiddlewares({
  routes: [{ matcher: "/store/search", methods: ["GET"], middlewares: [validateAndTransformQuery(SearchQuery, {})] }],
})
