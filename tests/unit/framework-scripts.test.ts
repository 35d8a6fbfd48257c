import { describe, expect, it } from "vitest";
import { addNonceToFrameworkScripts, isFrameworkScript } from "@/lib/server/framework-scripts";

const TURBOPACK =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});';

describe("isFrameworkScript", () => {
  it("accepts the three shapes Next writes", () => {
    expect(isFrameworkScript("(self.__next_f=self.__next_f||[]).push([0])")).toBe(true);
    expect(isFrameworkScript('self.__next_f.push([1,"0:{\\"P\\":null}\\n"])')).toBe(true);
    expect(isFrameworkScript("self.__next_f.push([2,null])")).toBe(true);
    expect(isFrameworkScript(TURBOPACK)).toBe(true);
  });

  it("accepts the action's state that opens a page answering a form posted without JavaScript", () => {
    // As the sign-in page answered a failed sign-in posted without JavaScript.
    const state =
      '[{"message":"E-mail o password non corretti.","email":"x@y.it"},"k026b0e9949e16d06b30548614bb7f69e","60d01cf75471543177df7f8ecc18a8c3e2898fc203",0]';
    const init = "(self.__next_f=self.__next_f||[]).push([0])";
    expect(isFrameworkScript(`${init};self.__next_f.push([2,${state}])`)).toBe(true);
    expect(isFrameworkScript(`${init};self.__next_f.push([2,${state}]);alert(1)`)).toBe(false);
    expect(isFrameworkScript(`${init};self.__next_f.push([2,${state},alert(1)])`)).toBe(false);
    expect(isFrameworkScript(`${init};self.__next_f.push([1,alert(1)])`)).toBe(false);
  });

  it("accepts the one script Next adds to a page whose metadata was streamed, exactly", () => {
    // As a listing page rendered under load carried it (the text is read from the installed Next).
    const icons =
      'document.querySelectorAll(\'body link[rel="icon"], body link[rel="apple-touch-icon"]\').forEach(el => document.head.appendChild(el))';
    expect(isFrameworkScript(icons)).toBe(true);
    expect(isFrameworkScript(`${icons};alert(1)`)).toBe(false);
    expect(isFrameworkScript(icons.replace("document.head", "document.body"))).toBe(false);
  });

  it("refuses anything carrying code", () => {
    for (const body of [
      "alert(1)",
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"]);alert(1);self.__next_f.push([1,"y"])',
      "self.__next_f.push([1,alert(1)])",
      "self.__next_f.push([1,`x`])",
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":[fetch("//x")]});',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":["x"]});alert(1);',
      "(self.__next_f=self.__next_f||[]).push([0]);alert(1)",
    ]) {
      expect(isFrameworkScript(body), body).toBe(false);
    }
  });
});

describe("addNonceToFrameworkScripts", () => {
  it("gives the nonce to framework scripts only and counts the others", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
      `<script>${TURBOPACK}</script>`,
      '<script type="application/ld+json">{"@type":"Thing"}</script>',
      "<script>alert(1)</script>",
      '<script type="module">import("/x.js")</script>',
    ].join("");
    const { html: result, refused } = addNonceToFrameworkScripts(html, "N0nce");
    expect(refused).toBe(2);
    expect(result.match(/nonce="N0nce"/g)).toHaveLength(2);
    expect(result).toContain('<script src="/_next/static/chunks/a.js" async=""></script>');
    expect(result).toContain('<script type="application/ld+json">{"@type":"Thing"}</script>');
    expect(result).toContain("<script>alert(1)</script>");
    expect(result).toContain('<script nonce="N0nce">(self.__next_f=self.__next_f||[]).push([0])</script>');
  });
});
