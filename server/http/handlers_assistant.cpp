// Trợ lý ảo: the question asked from any page (anyone, rate-limited per
// address) and the admin's knowledge base, synonyms and unanswered list.
#include "http/handler_util.h"
#include "http/handlers.h"
#include "pakn/assistant.h"
#include "services/assistant.h"

namespace pakn::server::http {
namespace {

services::AdminActor actor_of(const Context& ctx) {
    return services::AdminActor{ctx.who().account_id, ctx.request.remote_ip};
}

Response no_store(Response r) {
    r.set_header("Cache-Control", "no-store");
    return r;
}

}  // namespace

Response handle_assistant_ask(Context& ctx) {
    AssistantAsk ask;
    if (auto bad = decode_body(ctx.request, ask)) return *bad;
    return no_store(answer(ctx.services.assistant.ask(ctx.principal(), ask)));
}

Response handle_admin_knowledge(Context& ctx) {
    return no_store(array_of(ctx.services.assistant.entries()));
}

Response handle_admin_knowledge_create(Context& ctx) {
    KnowledgeEntryForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    return answer(ctx.services.assistant.create_entry(actor_of(ctx), form), 201);
}

Response handle_admin_knowledge_update(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    KnowledgeEntryForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    return answer(ctx.services.assistant.update_entry(actor_of(ctx), *id, form));
}

Response handle_admin_knowledge_delete(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    if (auto refused = ctx.services.assistant.delete_entry(actor_of(ctx), *id)) return Response::error(*refused);
    return no_content();
}

Response handle_admin_synonyms(Context& ctx) {
    return no_store(array_of(ctx.services.assistant.synonyms()));
}

Response handle_admin_synonym_create(Context& ctx) {
    SynonymForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    return answer(ctx.services.assistant.create_synonym(actor_of(ctx), form), 201);
}

Response handle_admin_synonym_delete(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    if (auto refused = ctx.services.assistant.delete_synonym(actor_of(ctx), *id)) return Response::error(*refused);
    return no_content();
}

Response handle_admin_unanswered(Context& ctx) {
    return no_store(array_of(ctx.services.assistant.unanswered()));
}

Response handle_admin_unanswered_dismiss(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    if (auto refused = ctx.services.assistant.dismiss_unanswered(actor_of(ctx), *id))
        return Response::error(*refused);
    return no_content();
}

}  // namespace pakn::server::http
