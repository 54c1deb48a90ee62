/**
 * The query the playground opens with (first tab, and the text of every new tab): the whole delivery
 * plan, pillar by pillar down to each action's status and the agencies responsible for it.
 */
export const DEFAULT_PLAYGROUND_QUERY = `# CDP Plan API playground: the run button (or Ctrl+Enter) runs this query.
# Docs button: schema reference. Headers tab: e.g. an Authorization header.
query WholePlan {
  plans(filter: { kind: DELIVERY_PLAN }) {
    nodes {
      title
      periodLabel
      pillars {
        nodes {
          number
          name
          priorities {
            nodes {
              title
              objectives {
                nodes {
                  text
                  actions {
                    nodes {
                      text
                      status
                      agencies {
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
`;
