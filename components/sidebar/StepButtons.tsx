export interface StepButtonsProps {
  /** The kind's name as shown (`Key figures`), for the buttons' accessible names. */
  kindLabel: string;
  previousLabel: string;
  nextLabel: string;
  disabled?: boolean;
  onStep(dir: 1 | -1): void;
}

/** Previous / next within a kind, in page order. */
export function StepButtons({ kindLabel, previousLabel, nextLabel, disabled, onStep }: StepButtonsProps) {
  return (
    <div class="kb-step" role="group" aria-label={kindLabel}>
      <button type="button" aria-label={previousLabel} title={previousLabel} disabled={disabled} onClick={() => onStep(-1)}>
        <span aria-hidden="true">‹</span>
      </button>
      <button type="button" aria-label={nextLabel} title={nextLabel} disabled={disabled} onClick={() => onStep(1)}>
        <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
