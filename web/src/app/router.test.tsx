import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { Link, editorPath, navigate, parseEditorLink, parseRoute, tokenFromHash, useLocation } from "./router";

function WhereAmI() {
  const { pathname, hash } = useLocation();
  return (
    <>
      <p data-testid="where">{pathname + hash}</p>
      <Link href="/m/abc#token=t1">open</Link>
    </>
  );
}

afterEach(() => history.replaceState(null, "", "/"));

describe("the router", () => {
  it("names the start page, an editor and anything else", () => {
    expect(parseRoute("/")).toEqual({ name: "start" });
    expect(parseRoute("/m/Ab_9-x")).toEqual({ name: "editor", mapId: "Ab_9-x" });
    expect(parseRoute("/m/Ab_9-x/")).toEqual({ name: "editor", mapId: "Ab_9-x" });
    expect(parseRoute("/m/")).toEqual({ name: "not-found" });
    expect(parseRoute("/m/a/b")).toEqual({ name: "not-found" });
    expect(parseRoute("/elsewhere")).toEqual({ name: "not-found" });
  });

  it("keeps the token in the fragment and reads it back", () => {
    const path = editorPath("map1", "tok/en+=");
    expect(path).toBe("/m/map1#token=tok%2Fen%2B%3D");
    expect(tokenFromHash(path.slice(path.indexOf("#")))).toBe("tok/en+=");
    expect(tokenFromHash("")).toBeUndefined();
    expect(tokenFromHash("#token=")).toBeUndefined();
  });

  it("reads a pasted link, absolute or relative, and refuses one without a token", () => {
    expect(parseEditorLink(" https://kundresa.example/m/xyz#token=secret ")).toEqual({ mapId: "xyz", token: "secret" });
    expect(parseEditorLink("/m/xyz#token=secret")).toEqual({ mapId: "xyz", token: "secret" });
    expect(parseEditorLink("https://kundresa.example/m/xyz")).toBeUndefined();
    expect(parseEditorLink("hello")).toBeUndefined();
  });

  it("re-renders on navigate, on a link click and on the back button", async () => {
    render(<WhereAmI />);
    expect(screen.getByTestId("where")).toHaveTextContent(/^\/$/);
    act(() => navigate("/m/one#token=a"));
    expect(screen.getByTestId("where")).toHaveTextContent("/m/one#token=a");
    await userEvent.click(screen.getByRole("link", { name: "open" }));
    expect(screen.getByTestId("where")).toHaveTextContent("/m/abc#token=t1");
    act(() => {
      history.replaceState(null, "", "/");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(screen.getByTestId("where")).toHaveTextContent(/^\/$/);
  });
});
