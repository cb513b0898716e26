import { AppError } from "../../../errors";
import { criticalQuestion, questionKey, schemeById } from "../../../schemes/catalogue";
import { raiseQuestionSchema } from "../../../validation/edge";
import { db, isUniqueViolation } from "../../db";
import { requireMember, type Actor } from "../../access";
import { insertClaim } from "../claims/create-claim";
import { insertEdge } from "./create-edge";

const ALREADY_RAISED = "This critical question has already been raised on this argument; open its objection to add to it.";

/**
 * Turn a critical question of a typed inference into an objection, in one transaction: a new claim of
 * type "objection" worded by the caller, and either an undercut of the inference (the question doubts
 * that the premises carry the conclusion) or an opposition to one of its premises (the question doubts
 * that premise). The objection records which inference and question it answers, so the question
 * shows as raised. Each question is raised once per inference.
 */
export async function raiseCriticalQuestion(actor: Actor, workspaceId: string, edgeId: string, input: unknown) {
  const { scheme, question, text, premiseId } = raiseQuestionSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      await requireMember(tx, actor, workspaceId, "edge:write");
      const edge = await tx.inference.findFirst({
        where: { id: edgeId, workspaceId, deletedAt: null },
        include: { premises: { orderBy: { position: "asc" }, select: { claimId: true } } },
      });
      if (!edge) throw new AppError("NOT_FOUND", "This edge does not exist in this workspace (it may have been deleted).");
      if (edge.kind === "undercut") throw new AppError("VALIDATION", "Critical questions belong to supports and oppositions typed with a scheme.");
      if (edge.scheme !== scheme) {
        const now = schemeById(edge.scheme);
        throw new AppError("CONFLICT", `This argument is now typed ${now ? `“${now.name}”` : "without a scheme"}; it has been reloaded, so check its questions and try again.`);
      }
      const asked = criticalQuestion(scheme, question);
      if (!asked) throw new AppError("VALIDATION", "That question is not one of this scheme's critical questions.");
      const key = questionKey(scheme, question);
      const raised = await tx.inference.findFirst({ where: { workspaceId, answersInferenceId: edgeId, criticalQuestion: key, deletedAt: null }, select: { id: true } });
      if (raised) throw new AppError("CONFLICT", ALREADY_RAISED);
      const premises = edge.premises.map((p) => p.claimId);
      const target = premiseId ?? premises[0];
      if (asked.answeredBy === "premise" && (!target || !premises.includes(target))) {
        throw new AppError("VALIDATION", "Choose one of this argument's premises to object to.");
      }
      const claim = await insertClaim(tx, actor, workspaceId, { text, type: "objection", anchor: null, position: null });
      const created =
        asked.answeredBy === "undercut"
          ? await insertEdge(tx, actor, workspaceId, { kind: "undercut", from: claim.id, targetEdge: edgeId, note: asked.question, evidence: [] })
          : await insertEdge(tx, actor, workspaceId, { kind: "oppose", from: claim.id, to: target!, note: asked.question, evidence: [] });
      await tx.inference.update({ where: { id: created.id }, data: { answersInferenceId: edgeId, criticalQuestion: key } });
      return { claimId: claim.id, edgeId: created.id, kind: asked.answeredBy === "undercut" ? ("undercut" as const) : ("oppose" as const) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", ALREADY_RAISED);
    throw error;
  }
}
