import "./search.css";

/** The workspace's search field: a plain GET form, so it works before any script has loaded. */
export function SearchBox({ workspaceId, defaultValue = "", autoFocus = false, id = "workspace-search" }: { workspaceId: string; defaultValue?: string; autoFocus?: boolean; id?: string }) {
  return (
    <form role="search" action={`/w/${workspaceId}/search`} className="search-box">
      <label htmlFor={id} className="visually-hidden">
        Search texts and claims
      </label>
      <input id={id} name="q" type="search" className="input" placeholder="Search texts and claims" defaultValue={defaultValue} autoFocus={autoFocus} maxLength={200} autoComplete="off" />
    </form>
  );
}
