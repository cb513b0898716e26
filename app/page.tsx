import Link from "next/link";
import { redirect } from "next/navigation";
import { Brand } from "@/components/ui/Brand";
import { getSessionUser } from "@/lib/server/auth";

export default async function Home() {
  if (await getSessionUser()) redirect("/workspaces");
  return (
    <main className="landing">
      <Brand />
      <h1>Read hard texts together. Map what they argue.</h1>
      <p className="lede">
        Agon turns each text into a source, the passages that matter into claims anchored to their exact words, and the
        reasons between them into a map your group can argue over: who supports whom, who opposes whom, and on what evidence.
      </p>
      <div style={{ display: "flex", gap: 10, marginTop: 28 }}>
        <Link className="btn btn-primary" href="/signup">Create an account</Link>
        <Link className="btn" href="/signin">Sign in</Link>
      </div>
    </main>
  );
}
