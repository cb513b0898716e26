import { errorResponse, readJson } from "@/lib/server/http";
import { signUp } from "@/lib/server/services/users/sign-up";

/** Public: create an account. The client signs in through next-auth afterwards. */
export async function POST(request: Request): Promise<Response> {
  try {
    const user = await signUp(await readJson(request));
    return Response.json({ user }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
