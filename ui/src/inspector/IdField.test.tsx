import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { IdField } from "./IdField";

describe("IdField", () => {
  it("asks the core for a new id typed after Edit", async () => {
    const onChange = vi.fn(() => Promise.resolve(true));
    render(<IdField id="business_kpi_2" onChange={onChange} />);
    expect(screen.getByTestId("inspector-id").textContent).toBe("business_kpi_2");
    fireEvent.click(screen.getByTestId("inspector-edit-id"));
    const field = screen.getByTestId("inspector-field-id");
    fireEvent.change(field, { target: { value: "net_new_customers" } });
    fireEvent.keyDown(field, { key: "Enter" });
    expect(onChange).toHaveBeenCalledWith("net_new_customers");
    expect(await screen.findByTestId("inspector-id")).toBeTruthy();
  });

  it("names a malformed id and sends nothing", () => {
    const onChange = vi.fn(() => Promise.resolve(true));
    render(<IdField id="arr" onChange={onChange} />);
    fireEvent.click(screen.getByTestId("inspector-edit-id"));
    const field = screen.getByTestId("inspector-field-id");
    fireEvent.change(field, { target: { value: "2nd arr" } });
    fireEvent.keyDown(field, { key: "Enter" });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole("alert").textContent).toContain("starts with a letter");
    fireEvent.keyDown(field, { key: "Escape" });
    expect(screen.getByTestId("inspector-id").textContent).toBe("arr");
  });
});
