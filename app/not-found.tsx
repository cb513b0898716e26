import Link from "next/link";

export default function NotFound() {
  return (
    <main className="auth-page">
      <div className="card auth-card" style={{ textAlign: "center" }}>
        <h1>Not found</h1>
        <p className="muted">This page does not exist, or you are not a member of the workspace it belongs to.</p>
        <Link className="btn" href="/workspaces">Back to your workspaces</Link>
      </div>
    </main>
  );
}
