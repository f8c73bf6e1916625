import { useEffect, useState } from "react";
import { Order } from "../api/client";
import { formatMoney, formatDate } from "../utils/format";

interface Props {
  order: Order;
  onClose: () => void;
}

interface Note {
  author: string;
  html: string;
}

/** A side panel with one order's details and the support team's notes. */
export function OrderDetails({ order, onClose }: Props) {
  const [notes, setNotes] = useState<Note[]>([]);

  useEffect(() => {
    fetch(`/api/orders/${order.id}/notes`)
      .then((r) => r.json())
      .then(setNotes);
  });

  return (
    <aside className="order-details">
      <header>
        <h2>Order #{order.id}</h2>
        <button onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <dl>
        <dt>Customer</dt>
        <dd>{order.customerId}</dd>
        <dt>Total</dt>
        <dd>{formatMoney(order.total)}</dd>
        <dt>Placed</dt>
        <dd>{formatDate(order.createdAt)}</dd>
      </dl>
      <h3>Notes</h3>
      {notes.map((note, i) => (
        <div key={i} className="note">
          <strong>{note.author}</strong>
          <div dangerouslySetInnerHTML={{ __html: note.html }} />
        </div>
      ))}
    </aside>
  );
}
