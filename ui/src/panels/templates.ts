// The built-in templates a new tree can start from, as the "New tree" menu shows
// them: a title and one line on what the tree measures.

import type { Template } from "../ipc/api";

export interface TemplateInfo {
  readonly template: Template;
  readonly title: string;
  readonly description: string;
}

export const TEMPLATES: readonly TemplateInfo[] = [
  {
    template: "saas_arr",
    title: "SaaS ARR",
    description: "Recurring revenue from customers, seats, price and churn.",
  },
  {
    template: "marketplace",
    title: "Two-sided marketplace",
    description: "Bookings and revenue, and how buyers and sellers meet.",
  },
  {
    template: "media_streaming",
    title: "Media & streaming",
    description: "Time spent listening, from active listeners and subscribers.",
  },
  {
    template: "ecommerce",
    title: "E-commerce",
    description: "Revenue from traffic, conversion and returning customers.",
  },
];

export const BLANK_TREE = {
  title: "Blank tree",
  description: "An empty canvas: add the nodes yourself.",
} as const;
