/**
 * The dev server's certificate: when office-addin-dev-certs cannot give one, serving stops with the
 * reason (Excel would otherwise show an empty pane over an untrusted https://localhost).
 */
jest.mock("office-addin-dev-certs", () => ({
  getHttpsServerOptions: () => Promise.reject(new Error("the CA certificate is not installed")),
}));

const config = require("../webpack.config.js") as (
  env: Record<string, unknown>,
  options: { mode: string },
) => Promise<{ devServer: { server: unknown } }>;

describe("the dev server's certificate", () => {
  it("is reported with its reason when it cannot be had, not swallowed", async () => {
    await expect(config({ WEBPACK_SERVE: true }, { mode: "development" })).rejects.toThrow(
      /无法取得开发证书[\s\S]*the CA certificate is not installed/,
    );
  });

  it("is not asked for by a plain build or by the browser page's http server", async () => {
    expect((await config({}, { mode: "development" })).devServer.server).toEqual({
      type: "https",
      options: undefined,
    });
    expect((await config({ WEBPACK_SERVE: true, web: true }, { mode: "development" })).devServer.server).toBe(
      "http",
    );
  });
});
