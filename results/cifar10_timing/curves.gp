# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 68.42 68.42 68.42
EOD
$c0_1 << EOD
1 77.3 77.3 77.3
EOD
$c1_0 << EOD
1 70.98 70.98 70.98
EOD
$c1_1 << EOD
1 78.65 78.65 78.65
EOD
$c2_0 << EOD
1 76.64 76.64 76.64
EOD
$c2_1 << EOD
1 86.05 86.05 86.05
EOD
$c3_0 << EOD
1 77.88 77.88 77.88
EOD
$c3_1 << EOD
1 86.95 86.95 86.95
EOD
$c4_0 << EOD
1 81.16 81.16 81.16
EOD
$c4_1 << EOD
1 85.8 85.8 85.8
EOD
$c5_0 << EOD
1 80.48 80.48 80.48
EOD
$c5_1 << EOD
1 86.8 86.8 86.8
EOD
set terminal svg size 900,560 dynamic font 'Helvetica,12'
set output 'curves.svg'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xtics 1
set xrange [0:2]
set yrange [64.0725:91.2975]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'cifar10\_timing: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'bp\_2\_hidden\_timing', \
     $c0_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'bp\_3\_hidden\_timing', \
     $c1_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'ff\_max\_ssq\_2\_hidden\_timing', \
     $c2_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'ff\_max\_ssq\_3\_hidden\_timing', \
     $c3_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'ff\_min\_ssq\_2\_hidden\_timing', \
     $c4_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 5 notitle, \
     $c5_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'ff\_min\_ssq\_3\_hidden\_timing', \
     $c5_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
set terminal pngcairo size 900,560 font 'Helvetica,10'
set output 'curves.png'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xtics 1
set xrange [0:2]
set yrange [64.0725:91.2975]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'cifar10\_timing: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'bp\_2\_hidden\_timing', \
     $c0_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'bp\_3\_hidden\_timing', \
     $c1_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'ff\_max\_ssq\_2\_hidden\_timing', \
     $c2_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'ff\_max\_ssq\_3\_hidden\_timing', \
     $c3_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'ff\_min\_ssq\_2\_hidden\_timing', \
     $c4_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 5 notitle, \
     $c5_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'ff\_min\_ssq\_3\_hidden\_timing', \
     $c5_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
set terminal pdfcairo size 3.5in,3.2in font 'Helvetica,6' linewidth 0.6
set output 'curves.pdf'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xtics 1
set xrange [0:2]
set yrange [64.0725:91.2975]
set bmargin
set title 'cifar10\_timing: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'bp\_2\_hidden\_timing', \
     $c0_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'bp\_3\_hidden\_timing', \
     $c1_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'ff\_max\_ssq\_2\_hidden\_timing', \
     $c2_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'ff\_max\_ssq\_3\_hidden\_timing', \
     $c3_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'ff\_min\_ssq\_2\_hidden\_timing', \
     $c4_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 5 notitle, \
     $c5_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'ff\_min\_ssq\_3\_hidden\_timing', \
     $c5_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
