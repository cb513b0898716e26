import { notFound, redirect } from "next/navigation";
import { AppError } from "../errors";
import { getSessionUser, type SessionUser } from "./auth";

/** The signed-in user for a page, or a redirect to sign-in that comes back to `returnTo`. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * Run a service call for a page. NOT_FOUND (including "not a member") renders the 404 page;
 * FORBIDDEN renders 404 too for pages, since a page cannot show what the caller may not see.
 */
export async function loadForPage<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
