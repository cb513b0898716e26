import Link from "next/link";

export function Brand({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="brand" aria-label="Agon home">
      <span className="brand-mark" aria-hidden="true">A</span>
      Agon
    </Link>
  );
}
