declare namespace App {
  interface Locals {
    /** The page being rendered, decided by the site builder (site/builder/pages.ts). */
    page?: import('./pageData').PageData
  }
}
